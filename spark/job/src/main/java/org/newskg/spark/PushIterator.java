package org.newskg.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A reader that pushes items to a sink (as {@link org.newskg.ingest.warc.WarcArticleReader} does) turned into the
 * iterator a Spark partition pulls from: the reader runs on a thread of its own and at most {@value #AHEAD} items wait
 * between the two, so a WARC file of any size streams through a task in the memory of a few pages. A reader that
 * throws ends the iteration with its exception; {@link #close()} (on task completion) stops a reader nobody reads.
 */
final class PushIterator<T> implements Iterator<T>, AutoCloseable {
    static final int AHEAD = 64;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean closed;
    private volatile Throwable failure;
    private Object next;

    PushIterator(String name, Consumer<Consumer<T>> reader) {
        thread = new Thread(() -> {
            try {
                reader.accept(this::put);
            } catch (Throwable t) {
                failure = t;
            } finally {
                put0(END);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void put(T item) {
        if (!put0(item)) throw new IllegalStateException("reading stopped: the task ended");
    }

    /** False once closed; the reader then stops at its next item. */
    private boolean put0(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) return true;
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        if (next == END) {
            Throwable t = failure;
            if (t != null) {
                failure = null;
                throw new IllegalStateException("reading failed: " + t, t);
            }
            return false;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) throw new NoSuchElementException();
        T t = (T) next;
        next = null;
        return t;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
