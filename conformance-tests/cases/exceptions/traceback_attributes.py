# Checks: __traceback__ objects: tb_lineno of each frame, tb_next chain, tb_frame.f_code.co_name, with_traceback.
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
try:
    raise KeyError("k")
except KeyError as e:
    saved = e.__traceback__
try:
    raise RuntimeError("new").with_traceback(saved)
except RuntimeError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
e = ValueError("fresh")
print(e.__traceback__, e.with_traceback(None) is e)
