f'plain'
#---
f''
#---
x = f'{x}'
y = F"{y}"
z = f'''{z}'''
w = F"""{w}"""
#---
a = rf'\d{x}'
b = fr'\d{x}'
c = Rf'{x}\n'
d = fR'{x}\t'
e = RF'{x}'
g = FR"{x}"
h = rF'''{x}\n'''
i = Fr"""{x}\\"""
#---
s = f'a{x}b{y}c'
#---
s = f'{x + 1} {y * 2} {f(z)} {a[0]} {b.c}'
#---
s = f"{d['key']}"
t = f'{d["key"]}'
#---
s = f"{'a' if x else 'b'}"
#---
s = f'''{"double" + 'single'}'''
#---
s = f"{f'{x}'}"
#---
s = f'''{f"{f'{x}'}"}'''
#---
s = f'{x!r}'
t = f'{x!s}'
u = f'{x!a}'
#---
s = f'{x:>10}'
t = f'{x:.2f}'
u = f'{x:#x}'
v = f'{x:,}'
w = f'{x:%Y-%m-%d %H:%M}'
#---
s = f'{x:{w}.{p}f}'
#---
s = f'{x:{fill}{align}{width}}'
#---
s = f'{x!r:^20}'
t = f'{x!s:{w}}'
#---
s = f'{x:}'
#---
s = f'{x=}'
#---
s = f'{x = }'
t = f'{ x = }'
u = f'{x =}'
v = f'{x= }'
#---
s = f'{x=:>10}'
t = f'{x=!s}'
u = f'{x=!r:10}'
v = f'{x = :.3f}'
#---
s = f'{a.b=} {c[0]=} {f(1)=}'
#---
s = f'{{'
t = f'}}'
u = f'{{}}'
v = f'{{x}}'
w = f'{{{x}}}'
#---
s = f'{ {"a": 1}["a"] }'
#---
s = f'{(lambda x: x * 2)(3)}'
#---
s = f'{a if b else c}'
#---
s = f'{(x := 10)}'
#---
s = f'{x:=10}'
#---
s = f'{a != b}'
t = f'{a!=b}'
#---
s = f'{3.14:.2f}'
t = f'{10:#06x}'
#---
s = f'{x,y}'
t = f'{*a,}'
#---
s = f'{"a" "b"}'
#---
s = f'{x}' f'{y}'
#---
s = 'a' f'{b}' 'c'
#---
s = f'{x}' '{y}'
#---
s = 'plain' f'only literal'
#---
s = f'{x}' 'a' f'{y}' "b" f'''{z}'''
#---
s = (f'{a}'
     f'{b}'
     'c')
#---
s = f'''multi
line {x}
end'''
#---
s = f'''{
x
+ y
}'''
#---
s = f'\n{x}\t\\'
#---
s = f'\x41{x}\u00e9{y}\N{BULLET}'
#---
s = f'{x!r:{"<"}10}'
#---
s = f'{x:{y}}' f'{z:{w}d}'
#---
s = f'{len(a)} {sorted(b, key=lambda v: -v)}'
#---
s = f'{[i for i in range(3)]}'
#---
s = f'{ {i: i for i in range(3)} }'
#---
s = f'{ {1, 2} }'
#---
s = f'{x}{y}{z}'
#---
s = f'{"{"}'
t = f'{"}"}'
#---
s = f'{0}' f'{1:{2}}'
#---
s = f'{-x} {+x} {~x} {not x}'
#---
s = f'{x:{"a" if y else "b"}}'
#---
def f():
    return f'{(yield)}'
#---
async def f():
    return f'{await x}'
#---
s = f'{x:}' f'{y:{""}}'
#---
s = f'{x!r}{y!s:}{z!a:>5}'
#---
s = f'result: {value:{width}.{precision}}'
#---
s = f'{"é"}{"😀"}'
#---
print(f"{name!r} is {age} years old")
#---
s = f'{a}{b!r}' rf'\{c}'
