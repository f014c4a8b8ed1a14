# Checks: the builtin exception hierarchy: __mro__ names of common exceptions and issubclass relations.
names = [ZeroDivisionError, OverflowError, FloatingPointError, KeyError, IndexError, ModuleNotFoundError,
         UnboundLocalError, RecursionError, NotImplementedError, FileNotFoundError, UnicodeDecodeError,
         StopIteration, StopAsyncIteration, TabError, KeyboardInterrupt, SystemExit, GeneratorExit,
         DeprecationWarning, UserWarning, BlockingIOError, TimeoutError, ConnectionResetError]
for exc in names:
    print(" -> ".join([c.__name__ for c in exc.__mro__]))
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception), issubclass(Warning, Exception))
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
