# Checks: sys.stdout.write returns the number of characters; mixing print and write keeps order; flush exists.
import sys
n = sys.stdout.write("abc")
sys.stdout.write("\n")
print(n)
print(sys.stdout.write("é🐍\n"))
sys.stdout.flush()
sys.stderr.write("to stderr via write\n")
sys.stderr.flush()
print("done", end="\n", flush=True)
