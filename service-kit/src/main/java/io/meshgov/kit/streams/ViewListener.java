package io.meshgov.kit.streams;

/**
 * Told of every change to an instance's copy of the read model, after the copy holds it, on the global stream
 * thread: something built from the views (an index) can follow them without reading them whole. Calls must be quick.
 */
public interface ViewListener {

    ViewListener NONE = new ViewListener() {
        @Override
        public void changed(String view, String key) {}

        @Override
        public void opened(String view) {}
    };

    /** {@code key} of {@code view} was replaced or removed. */
    void changed(String view, String key);

    /**
     * {@code view} is being (re)opened: what it holds may change without a {@link #changed} call (restored from its
     * changelog), so whatever follows it must read it whole again once it answers.
     */
    void opened(String view);
}
