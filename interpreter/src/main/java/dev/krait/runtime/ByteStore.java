package dev.krait.runtime;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Where the bytes of a binary stream live: an open file ({@link Channel}) or memory
 * ({@link Memory}, behind {@code io.BytesIO}). Positions are absolute; the stream object
 * keeps its own position, so one interface serves files and {@code BytesIO} alike.
 */
interface ByteStore {
    /** Reads up to {@code len} bytes at {@code position}; 0 at or past the end. */
    int read(long position, byte[] into, int offset, int len) throws IOException;

    /** Writes {@code data} at {@code position}, growing the store (with zero bytes) as needed. */
    void write(long position, byte[] data, int offset, int len) throws IOException;

    long size() throws IOException;

    /** Cuts (or extends with zero bytes) the store to {@code size} bytes. */
    void truncate(long size) throws IOException;

    void close() throws IOException;

    /** A file opened through {@link java.nio}. */
    final class Channel implements ByteStore {
        private final FileChannel channel;

        Channel(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public int read(long position, byte[] into, int offset, int len) throws IOException {
            int total = 0;
            while (total < len) {
                int n = channel.read(ByteBuffer.wrap(into, offset + total, len - total), position + total);
                if (n <= 0) {
                    break;
                }
                total += n;
            }
            return total;
        }

        @Override
        public void write(long position, byte[] data, int offset, int len) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(data, offset, len);
            long at = position;
            while (buffer.hasRemaining()) {
                at += channel.write(buffer, at);
            }
        }

        @Override
        public long size() throws IOException {
            return channel.size();
        }

        @Override
        public void truncate(long size) throws IOException {
            long old = channel.size();
            if (size < old) {
                channel.truncate(size);
            } else if (size > old) {
                channel.write(ByteBuffer.wrap(new byte[1]), size - 1); // grows with zero bytes, as ftruncate does
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Bytes in memory. */
    final class Memory implements ByteStore {
        private byte[] data;
        private int size;

        Memory(byte[] initial) {
            data = initial.clone();
            size = initial.length;
        }

        byte[] contents() {
            return Arrays.copyOf(data, size);
        }

        @Override
        public int read(long position, byte[] into, int offset, int len) {
            if (position >= size) {
                return 0;
            }
            int n = (int) Math.min(len, size - position);
            System.arraycopy(data, (int) position, into, offset, n);
            return n;
        }

        @Override
        public void write(long position, byte[] bytes, int offset, int len) {
            long end = position + len;
            if (end > Integer.MAX_VALUE - 8) {
                throw new PyException(ExceptionInit.create(ExceptionTypes.MEMORY_ERROR));
            }
            ensure((int) end);
            if (position > size) {
                Arrays.fill(data, size, (int) position, (byte) 0);
            }
            System.arraycopy(bytes, offset, data, (int) position, len);
            size = Math.max(size, (int) end);
        }

        private void ensure(int capacity) {
            if (capacity > data.length) {
                try {
                    data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(capacity, data.length * 2L)));
                } catch (OutOfMemoryError e) {
                    throw new PyException(ExceptionInit.create(ExceptionTypes.MEMORY_ERROR));
                }
            }
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public void truncate(long newSize) {
            if (newSize < size) {
                size = (int) newSize;
            }
        }

        @Override
        public void close() {
            data = new byte[0];
            size = 0;
        }
    }
}
