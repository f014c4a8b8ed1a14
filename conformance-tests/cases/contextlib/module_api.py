# Checks: contextlib's public names (__all__), the class hierarchy of the managers (ABC bases, decorators, exit stacks), and the types @contextmanager and @asynccontextmanager return
import contextlib

print(contextlib.__all__)
for name in contextlib.__all__:
    obj = getattr(contextlib, name)
    print(name, type(obj).__name__ if not isinstance(obj, type) else "class")
print(contextlib.__name__, isinstance(contextlib.__doc__, str))

def names(cls):
    return [c.__name__ for c in cls.__mro__]

for cls in (contextlib.ExitStack, contextlib.AsyncExitStack, contextlib.nullcontext,
            contextlib.closing, contextlib.aclosing, contextlib.suppress,
            contextlib.redirect_stdout, contextlib.redirect_stderr, contextlib.chdir):
    print(names(cls))

@contextlib.contextmanager
def g():
    yield

@contextlib.asynccontextmanager
async def ag():
    yield

cm = g()
print(names(type(cm)))
acm = ag()
print(names(type(acm)))
print(isinstance(cm, contextlib.ContextDecorator), isinstance(acm, contextlib.AsyncContextDecorator))
print(isinstance(cm, contextlib.AbstractContextManager), isinstance(acm, contextlib.AbstractAsyncContextManager))
print(g.__name__, ag.__name__, g.__wrapped__.__name__)
with cm:
    pass
try:
    acm.__aenter__().send(None)
except StopIteration:
    pass
try:
    acm.__aexit__(None, None, None).send(None)
except StopIteration as e:
    print("aexit returned", e.value)
