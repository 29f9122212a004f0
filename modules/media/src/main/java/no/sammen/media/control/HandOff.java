package no.sammen.media.control;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/**
 * Lets a request read the next bytes of its body while a second thread seals and writes the ones before (ADR 0029):
 * two buffers of {@link #BUFFER} bytes pass between the reader (this object's caller) and a writer task on the
 * {@code executor}, which writes each filled buffer to the {@code target} and gives it back. Memory is the two
 * buffers whatever the size of the body.
 *
 * <p>The reader fills {@link #buffer()} from {@link #position()} and calls {@link #advance(int)}; a full buffer goes
 * to the writer. {@link #close()} hands over the rest, waits for the writer to write it and close the target (the
 * object is then stored). {@link #abort()} stops the writer, waits for it, and aborts the target (nothing is kept).
 * A failure of the writer (storage full, a failed sync) stops it, aborts the target and reaches the reader as a
 * {@link WriteFailed} at its next hand-over or at {@code close}: so a request never answers as if its bytes were
 * stored when they are not, and leaves nothing behind.
 */
final class HandOff {

    static final int BUFFER = 1024 * 1024;

    /** The writer failed: the target is aborted. Not a failure of reading the body. */
    static final class WriteFailed extends IOException {
        WriteFailed(Throwable cause) {
            super("storage failed while writing", cause);
        }
    }

    private record Filled(byte[] bytes, int length) {
    }

    private final SealedStore.Sink target;
    private final Deque<byte[]> free = new ArrayDeque<>(2);
    private final Deque<Filled> filled = new ArrayDeque<>(2);
    private byte[] current;
    private int position;
    private boolean ended;
    private boolean stopped;
    private boolean writerDone;
    private boolean targetAborted;
    private Throwable failure;

    HandOff(SealedStore.Sink target, Executor executor) {
        this(target, executor, BUFFER);
    }

    HandOff(SealedStore.Sink target, Executor executor, int bufferSize) {
        this.target = target;
        this.current = new byte[bufferSize];
        free.add(new byte[bufferSize]);
        try {
            executor.execute(this::write);
        } catch (RuntimeException e) {
            target.abort();
            throw e;
        }
    }

    /** The buffer to read into, from {@link #position()} to its end. */
    byte[] buffer() {
        return current;
    }

    int position() {
        return position;
    }

    /** How many bytes fit in the buffer from the position on. */
    int room() {
        return current.length - position;
    }

    /** Counts {@code n} bytes read into the buffer; a full buffer goes to the writer (waiting for a free one). */
    void advance(int n) throws IOException {
        position += n;
        if (position == current.length) {
            handOver();
        }
    }

    /** Copies bytes in (for callers that have them in an array of their own). */
    void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, room());
            System.arraycopy(b, off, current, position, n);
            off += n;
            len -= n;
            advance(n);
        }
    }

    private void handOver() throws IOException {
        synchronized (this) {
            filled.add(new Filled(current, position));
            current = null;
            notifyAll();
            while (free.isEmpty() && failure == null) {
                await();
            }
            rethrow();
            current = free.poll();
            position = 0;
        }
    }

    /**
     * Hands over what is left and waits until the writer has written everything and closed the target.
     *
     * @throws WriteFailed if the writer failed (the target is aborted then)
     */
    void close() throws IOException {
        synchronized (this) {
            if (position > 0) {
                filled.add(new Filled(current, position));
            }
            current = null;
            ended = true;
            notifyAll();
            while (!writerDone) {
                await();
            }
            rethrow();
        }
    }

    /** Stops the writer, waits for it to stop, and aborts the target: nothing of it is kept. */
    void abort() {
        boolean interrupted = false;
        synchronized (this) {
            stopped = true;
            notifyAll();
            while (!writerDone) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (targetAborted) {
                return;
            }
            targetAborted = true;
        }
        target.abort();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void await() throws IOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
            throw new InterruptedIOException("interrupted while handing bytes to storage");
        }
    }

    private void rethrow() throws WriteFailed {
        if (failure != null) {
            throw new WriteFailed(failure);
        }
    }

    /** The writer task: writes filled buffers in order and gives them back; closes the target at the end. */
    private void write() {
        try {
            while (true) {
                Filled next;
                synchronized (this) {
                    while (filled.isEmpty() && !ended && !stopped) {
                        wait();
                    }
                    if (stopped) {
                        return;
                    }
                    if (filled.isEmpty()) {
                        break;
                    }
                    next = filled.poll();
                }
                target.write(next.bytes(), 0, next.length());
                synchronized (this) {
                    free.add(next.bytes());
                    notifyAll();
                }
            }
            target.close();
        } catch (Throwable t) {
            target.abort();
            synchronized (this) {
                targetAborted = true;
                failure = t;
            }
        } finally {
            synchronized (this) {
                writerDone = true;
                notifyAll();
            }
        }
    }
}
