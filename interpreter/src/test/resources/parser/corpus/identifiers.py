café = 1
#---
π = 3.14159
τ = 2 * π
#---
日本語 = 'nihongo'
#---
ﬁle = 1
#---
ℌ = 1
#---
Ω = 1
#---
ｆｕｌｌ = 1
#---
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 1
#---
_ñ = 1
__ü__ = 2
#---
obj.café = 1
#---
f(café=1)
#---
def ƒ(α, β=2, *γ, δ, **ε):
    return α
#---
class Ünïcödé:
    attr_ü = 1
#---
import café
from módulo import función as fn
#---
x = ﬁle + file
#---
x = [ñ for ñ in ñs]
#---
_ = __ = ___ = 0
#---
a1 = _a = a_ = A = __init__ = 0
#---
lambda λ: λ
#---
ĳ = 1
#---
µ = 1
#---
Ⅸ = 9
#---
ª = 1
#---
ǅ = 1
