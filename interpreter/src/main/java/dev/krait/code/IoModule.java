package dev.krait.code;

import java.util.Map;

import dev.krait.runtime.IoTypes;
import dev.krait.runtime.Types;

/**
 * The {@code io} module: {@code open} (the builtin), the stream types ({@code StringIO},
 * {@code BytesIO}, {@code TextIOWrapper}, {@code Buffered*}, {@code FileIO}),
 * {@code UnsupportedOperation}, {@code DEFAULT_BUFFER_SIZE} and the {@code SEEK_*} constants.
 */
final class IoModule {
    private IoModule() {}

    /** {@code builtinOpen}: the builtin {@code open}, which {@code io.open} is. */
    static void install(Map<String, Object> ns, Object builtinOpen) {
        ns.put("open", builtinOpen);
        ns.put("StringIO", IoTypes.STRING_IO);
        ns.put("BytesIO", IoTypes.BYTES_IO);
        ns.put("TextIOWrapper", Types.TEXT_IO);
        ns.put("BufferedReader", IoTypes.BUFFERED_READER);
        ns.put("BufferedWriter", IoTypes.BUFFERED_WRITER);
        ns.put("BufferedRandom", IoTypes.BUFFERED_RANDOM);
        ns.put("FileIO", IoTypes.FILE_IO);
        ns.put("UnsupportedOperation", IoTypes.UNSUPPORTED_OPERATION);
        ns.put("DEFAULT_BUFFER_SIZE", 8192L);
        ns.put("SEEK_SET", 0L);
        ns.put("SEEK_CUR", 1L);
        ns.put("SEEK_END", 2L);
    }
}
