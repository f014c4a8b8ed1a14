# Checks: exec/eval/compile with modes exec/eval/single, namespaces, return values, and SyntaxError details.
print(eval("1 + 2 * 3"), eval("[x * x for x in range(4)]"), eval("  42  "))
ns = {"a": 10}
exec("b = a + 5\ndef f(): return b * 2", ns)
print(ns["b"], ns["f"]())
code = compile("x * 2", "<expr>", "eval")
print(eval(code, {"x": 21}), code.co_filename, type(code).__name__)
block = compile("for i in range(3):\n    out.append(i)\n", "<block>", "exec")
out = []
exec(block)
print(out, exec("1 + 1"))
exec(compile("print('single mode echo')", "<s>", "single"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    compile("x = ", "myfile.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
local_ns = {}
exec("z = 1", {}, local_ns)
print(local_ns)
