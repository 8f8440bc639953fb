package io.meshgov.console.pages;

import io.meshgov.console.mesh.Reply;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * How a page shows what a service answered: the content, the problem (a 4xx of the console's own with the service's
 * reason), or a banner saying which service is unavailable (503 with Retry-After, the page's frame still rendered).
 */
public final class Rendering {

    private Rendering() {}

    /** Adds the reply to the model under {@code name}; returns the view to render. */
    public static String show(Reply reply, String name, String view, Model model, HttpServletResponse response) {
        if (reply instanceof Reply.Ok ok) {
            model.addAttribute(name, ok.body());
        } else if (reply instanceof Reply.Problem problem) {
            response.setStatus(problem.status());
            model.addAttribute("problem", problem);
            return "problem";
        } else if (reply instanceof Reply.Unavailable unavailable) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", Long.toString(unavailable.retryAfterSeconds()));
            model.addAttribute("unavailable", unavailable);
        }
        return view;
    }

    /** A secondary answer: shown when there, a banner when not, and the page's status stays what it is. */
    public static void alongside(Reply reply, String name, Model model) {
        if (reply instanceof Reply.Ok ok) model.addAttribute(name, ok.body());
        else if (reply instanceof Reply.Unavailable unavailable) model.addAttribute("unavailable", unavailable);
    }
}
