# Program: an assembler and stack virtual machine running small programs (loops, calls, conditionals).
PROGRAM_FACT = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

PROGRAM_PRIMES = """
    push 2
    store i
outer:
    load i
    push 40
    lt
    jz end
    push 2
    store d
inner:
    load d
    load d
    mul
    load i
    gt
    jnz prime
    load i
    load d
    mod
    jz next
    load d
    push 1
    add
    store d
    jmp inner
prime:
    load i
    print
next:
    load i
    push 1
    add
    store i
    jmp outer
end:
    halt
"""


def assemble(source):
    code, labels = [], {}
    for raw in source.strip().splitlines():
        line = raw.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        code.append((parts[0], parts[1] if len(parts) > 1 else None))
    resolved = []
    for op, arg in code:
        if op in ("jmp", "jz", "jnz"):
            arg = labels[arg]
        elif op == "push":
            arg = int(arg)
        resolved.append((op, arg))
    return resolved


BINOPS = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
          "mod": lambda a, b: a % b, "lt": lambda a, b: int(a < b), "gt": lambda a, b: int(a > b)}


def execute(code, max_steps=100000):
    stack, memory, out = [], {}, []
    pc = steps = 0
    while True:
        steps += 1
        if steps > max_steps:
            raise RuntimeError("step limit exceeded")
        op, arg = code[pc]
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(memory[arg])
        elif op == "store":
            memory[arg] = stack.pop()
        elif op in BINOPS:
            b, a = stack.pop(), stack.pop()
            stack.append(BINOPS[op](a, b))
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jnz":
            if stack.pop() != 0:
                pc = arg
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            return out, steps, memory
        else:
            raise ValueError(f"unknown instruction {op!r} at {pc - 1}")


for name, src in [("factorial", PROGRAM_FACT), ("primes", PROGRAM_PRIMES)]:
    code = assemble(src)
    out, steps, memory = execute(code)
    print(f"{name}: {len(code)} instructions, {steps} steps")
    print("  output:", out)
    print("  memory:", dict(sorted(memory.items())))
try:
    execute(assemble("push 1\nfrobnicate\nhalt"))
except ValueError as e:
    print("error:", e)
try:
    execute(assemble("top:\njmp top"), max_steps=500)
except RuntimeError as e:
    print("error:", e)
