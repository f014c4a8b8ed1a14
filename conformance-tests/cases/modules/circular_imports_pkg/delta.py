from circular_imports_pkg.gamma import GAMMA
DELTA = "delta"
