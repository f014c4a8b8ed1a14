# Checks: circular imports: attribute access at call time works; `from x import name` of a partially initialised module fails.
from circular_imports_pkg import alpha, beta
print(alpha.use_beta(), beta.use_alpha())
try:
    import circular_imports_pkg.gamma
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.rindex(" (")], e.name)
