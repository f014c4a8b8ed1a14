# Checks: exec/eval/compile argument errors, SyntaxError attributes, 'single' mode echo, separate locals, caller namespaces.
ns = {}
exec("def g():\n    return hidden\nhidden = 5", {}, ns)
try:
    ns["g"]()
except NameError as e:
    print("NameError", e)
print(sorted(ns))
attempts = [
    ("exec()", lambda: exec()),
    ("exec 4 args", lambda: exec("1", {}, {}, {})),
    ("exec(5)", lambda: exec(5)),
    ("eval(5)", lambda: eval(5)),
    ("exec globals int", lambda: exec("1", 5)),
    ("eval globals int", lambda: eval("1", 5)),
    ("exec locals int", lambda: exec("1", {}, 5)),
    ("eval locals int", lambda: eval("1", {}, 5)),
    ("eval globals list", lambda: eval("1", [])),
    ("compile bad mode", lambda: compile("1", "f", "bad")),
    ("compile int source", lambda: compile(5, "f", "exec")),
    ("compile int filename", lambda: compile("1", 5, "exec")),
    ("compile bad flags", lambda: compile("1", "f", "exec", 12345678)),
    ("compile()", lambda: compile()),
    ("compile one arg", lambda: compile("1")),
    ("exec keyword", lambda: exec("1", globals=None)),
    ("null byte", lambda: compile("a\0b", "f", "exec")),
]
for label, attempt in attempts:
    try:
        print(label, attempt())
    except Exception as e:
        print(label, type(e).__name__, e)
try:
    compile("if x:\n  pass\n   y = 2\n", "blk.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e, e.lineno, e.filename, e.args[0])
try:
    exec("  x = 1")
except SyntaxError as e:
    print(type(e).__name__, e)
try:
    eval("(1,")
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.filename)
print(eval(b"1 + 1"), eval("\t 7"), eval(compile("x=1", "f", "exec"), {}))
exec(compile("for i in range(2):\n    i * 10\n", "<s>", "single"))
exec(compile("'text'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
c = compile("x = 1", "<s>", "exec")
print(c.co_filename, c.co_name, type(c).__name__)
g = {"a": 1}
exec("a += 1\nb = [a * k for k in range(3)]", g)
print(g["a"], g["b"], type(g["__builtins__"]).__name__)
print(eval("__name__", {}), eval("__name__"))
def outer():
    v = 10
    return eval("v + 1"), eval("w", {"w": 2}), exec("q = v * 2"), sorted(locals())
print(outer())
l = {}
exec("global gg\ngg = 1\nll = 2", None, l)
print(l, gg)
print(eval("[m for m in range(3)]", {}, {}))
x = 100
print(eval("x", {"x": 1}, {"x": 2}), eval("x", {"x": 1}), eval("x"))
