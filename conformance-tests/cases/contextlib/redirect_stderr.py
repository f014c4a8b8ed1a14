# Checks: contextlib.redirect_stderr: writes to sys.stderr go to the new target, stdout unaffected, restoration on exceptions, combined with redirect_stdout
import sys
import io
from contextlib import redirect_stderr, redirect_stdout

original_err = sys.stderr
err = io.StringIO()
with redirect_stderr(err) as t:
    print("to stderr", file=sys.stderr)
    sys.stderr.write("direct\n")
    print("to stdout")
    print(t is err)
print(sys.stderr is original_err)
print(repr(err.getvalue()))

err2 = io.StringIO()
try:
    with redirect_stderr(err2):
        raise KeyError("x")
except KeyError:
    print("restored:", sys.stderr is original_err)

out, err3 = io.StringIO(), io.StringIO()
with redirect_stdout(out), redirect_stderr(err3):
    print("o")
    print("e", file=sys.stderr)
print(repr(out.getvalue()), repr(err3.getvalue()))

# Redirecting stderr to stdout.
with redirect_stderr(sys.stdout):
    print("this goes to stdout through stderr", file=sys.stderr)
