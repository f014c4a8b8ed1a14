package dev.krait.code;

/**
 * A value yielded by an async generator's own {@code yield}, on its way up the await channel
 * to the {@code asend}/{@code athrow} awaitable that unwraps it. Values passing through an
 * {@code await} travel unwrapped, which is how the two are told apart. Programs never see
 * one: the awaitables unwrap it before anything else can receive it. The
 * {@code async_generator} library's {@code yield_} produces the same wrapper.
 */
record AsyncGenValue(Object value) {}
