# Checks: hex/oct/bin of ints and __index__ objects, and TypeError for floats.
print(hex(0), hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 64))
class I:
    def __index__(self):
        return 10
print(hex(I()), oct(I()), bin(I()))
for f in (hex, oct, bin):
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
