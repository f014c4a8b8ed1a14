if a:
    if b:
        if c:
            if d:
                if e:
                    if f:
                        if g:
                            if h:
                                if i:
                                    if j:
                                        x = 1
#---
def f1():
    def f2():
        def f3():
            def f4():
                def f5():
                    def f6():
                        def f7():
                            def f8():
                                def f9():
                                    def f10():
                                        return 10
                                    return f10
                                return f9
                            return f8
                        return f7
                    return f6
                return f5
            return f4
        return f3
    return f2
#---
for a in x:
    while b:
        with c:
            try:
                if d:
                    class E:
                        def f(self):
                            for g in h:
                                if g:
                                    while i:
                                        break
                                else:
                                    pass
                    pass
            except Exception:
                pass
            else:
                pass
            finally:
                pass
    else:
        pass
else:
    pass
#---
x = [[[[[[[[[[1]]]]]]]]]]
#---
x = ((((((((((1,),),),),),),),),),)
#---
x = {'a': {'b': {'c': {'d': {'e': [1, (2, {3})]}}}}}
#---
x = f(g(h(i(j(k(l(m(n(o(1))))))))))
#---
x = a.b.c.d.e.f.g.h.i.j.k
#---
x = a[b[c[d[e[f[g[h[i[j]]]]]]]]]
#---
x = lambda: lambda: lambda: lambda: lambda: 0
#---
x = a if b else c if d else e if f else g if h else i
#---
x = [[y for y in [z for z in [w for w in v]]] for v in u]
#---
x = -(-(-(-(-(-(-(-(-(-1)))))))))
#---
x = not not not not not not not not not not a
#---
x = 1 + (2 * (3 - (4 / (5 ** (6 % (7 // (8 @ (9 << (10 >> 11)))))))))
#---
if a:
    if b:
        pass
    elif c:
        if d:
            pass
        else:
            if e:
                pass
elif f:
    pass
else:
    if g:
        pass
#---
try:
    try:
        try:
            pass
        except A:
            pass
    finally:
        pass
except B:
    try:
        pass
    finally:
        pass
