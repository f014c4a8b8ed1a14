package dev.krait.code;

/**
 * A value yielded by an async generator's own {@code yield}, on its way up the await channel
 * to the {@code asend}/{@code athrow} awaitable that unwraps it. Values passing through an
 * {@code await} travel unwrapped, which is how the two are told apart. Programs never see
 * one: the awaitables unwrap it before anything else can receive it. The
 * {@code async_generator} library's {@code yield_} produces the same wrapper; {@code origin}
 * names the library function that made it, for the error when no async generator takes it.
 */
record AsyncGenValue(Object value, String origin) {
    /** An async generator's own {@code yield}. */
    AsyncGenValue(Object value) {
        this(value, "yield_");
    }
}
