package org.ronghe.core.sheets;

import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.ronghe.core.RuleBroken;
import org.ronghe.core.sheets.SheetReader.Line;

/**
 * The lines of a sheet, read by {@link SheetReader} on a thread of its own and handed over through a bounded queue
 * (constant memory). A reading failure is rethrown to the consumer; closing stops the reader.
 */
public final class SheetPipe {

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2_048);
    private final Thread reader;
    private volatile boolean closed;

    public SheetPipe(Path xlsx, int width, String threadName) {
        reader = new Thread(() -> read(xlsx, width), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line, or null at the end of the sheet. */
    public Line next() {
        try {
            Object item = queue.take();
            if (item instanceof RuleBroken failure) {
                throw failure;
            }
            return item == END ? null : (Line) item;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading a sheet", e);
        }
    }

    public void close() {
        closed = true;
        reader.interrupt();
    }

    private void read(Path xlsx, int width) {
        try {
            SheetReader.read(xlsx, width, this::put);
            put(END);
        } catch (RuleBroken e) {
            if (!closed) {
                hand(e);
            }
        } catch (Stopped e) {
            // the consumer stopped listening
        }
    }

    private void hand(RuleBroken failure) {
        try {
            queue.put(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Object item) {
        try {
            if (closed) {
                throw new Stopped();
            }
            queue.put(item);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    /** Unwinds the reader when the consumer has gone. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
