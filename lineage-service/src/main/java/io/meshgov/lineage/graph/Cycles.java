package io.meshgov.lineage.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cycles among a set of edges: strongly connected components of more than one node, or a node feeding
 * itself (Tarjan's algorithm, iterative so that a long chain cannot overflow the stack).
 */
final class Cycles {

    private Cycles() {}

    static List<List<String>> in(List<Edge> edges) {
        Map<String, List<String>> next = new HashMap<>();
        for (Edge e : edges) {
            next.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            next.computeIfAbsent(e.to(), k -> new ArrayList<>());
        }
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        java.util.Set<String> onStack = new java.util.HashSet<>();
        List<List<String>> cycles = new ArrayList<>();
        int counter = 0;
        for (String root : next.keySet().stream().sorted().toList()) {
            if (index.containsKey(root)) continue;
            Deque<Object[]> work = new ArrayDeque<>(); // {node, next child position}
            work.push(new Object[] {root, 0});
            index.put(root, counter);
            low.put(root, counter++);
            stack.push(root);
            onStack.add(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String node = (String) frame[0];
                List<String> children = next.get(node);
                int i = (Integer) frame[1];
                if (i < children.size()) {
                    frame[1] = i + 1;
                    String child = children.get(i);
                    if (!index.containsKey(child)) {
                        index.put(child, counter);
                        low.put(child, counter++);
                        stack.push(child);
                        onStack.add(child);
                        work.push(new Object[] {child, 0});
                    } else if (onStack.contains(child)) {
                        low.put(node, Math.min(low.get(node), index.get(child)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(node)));
                }
                if (low.get(node).equals(index.get(node))) {
                    List<String> component = new ArrayList<>();
                    String member;
                    do {
                        member = stack.pop();
                        onStack.remove(member);
                        component.add(member);
                    } while (!member.equals(node));
                    if (component.size() > 1 || children.contains(node)) {
                        component.sort(Comparator.naturalOrder());
                        cycles.add(component);
                    }
                }
            }
        }
        cycles.sort(Comparator.comparing(c -> c.get(0)));
        return cycles;
    }
}
