package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.krait.Interpreter;

/**
 * Lists, tuples, dicts, sets, slices, hashing and the iteration builtins, run as programs;
 * every expected output was produced by CPython 3.11 from the same source.
 */
class ContainersTest {
    private static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        new Interpreter(o, e).runMain(source, "<test>");
        o.flush();
        e.flush();
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    private static void check(String source, String expected) {
        assertEquals(expected, run(source), source);
    }

    @Test
    void containersBehaveAsInCPython() {
        check("d = {1: 'a', 'k': [1, 2]}\nd[1.0] = 'b'\nd[True] = 'c'\nprint(d, len(d), 1 in d, 2 in d)\ndel d['k']\nprint(d, d.get('zz'), d.get(1), d.setdefault('n', 0), d)\ntry:\n    d[(1, 2)]\nexcept KeyError as e:\n    print('KeyError', e)\ntry:\n    d[[1]] = 2\nexcept TypeError as e:\n    print('TypeError', e)",
                "{1: 'c', 'k': [1, 2]} 2 True False\n{1: 'c', 'n': 0} None c 0 {1: 'c', 'n': 0}\nKeyError (1, 2)\nTypeError unhashable type: 'list'\n");
        check("d = {'a': 1, 'b': 2}\ntry:\n    for k in d:\n        d['c'] = 3\nexcept RuntimeError as e:\n    print(e)\nprint(d.pop('a'), d.pop('zz', None), d.popitem(), d)\ntry:\n    {}.popitem()\nexcept KeyError as e:\n    print('KeyError', e)",
                "dictionary changed size during iteration\n1 None ('c', 3) {'b': 2}\nKeyError 'popitem(): dictionary is empty'\n");
        check("d = dict([('x', 1)], y=2)\nd.update([('z', 3)])\nprint(d, dict(d) == d, {**d, 'x': 0}, d | {'w': 9})\nprint(list(d.keys()), list(d.values()), list(d.items()), d.keys() & {'x', 'q'})\nprint(d.keys(), d.values(), d.items())\nprint(dict.fromkeys('ab'), {}.fromkeys([1, 2], 0))\nprint(list(reversed(d)), sorted(d, reverse=True))",
                "{'x': 1, 'y': 2, 'z': 3} True {'x': 0, 'y': 2, 'z': 3} {'x': 1, 'y': 2, 'z': 3, 'w': 9}\n['x', 'y', 'z'] [1, 2, 3] [('x', 1), ('y', 2), ('z', 3)] {'x'}\ndict_keys(['x', 'y', 'z']) dict_values([1, 2, 3]) dict_items([('x', 1), ('y', 2), ('z', 3)])\n{'a': None, 'b': None} {1: 0, 2: 0}\n['z', 'y', 'x'] ['z', 'y', 'x']\n");
        check("try:\n    dict([1])\nexcept TypeError as e:\n    print(e)\ntry:\n    dict([(1, 2, 3)])\nexcept ValueError as e:\n    print(e)\ntry:\n    {**1}\nexcept TypeError as e:\n    print(e)",
                "cannot convert dictionary update sequence element #0 to a sequence\ndictionary update sequence element #0 has length 3; 2 is required\n'int' object is not a mapping\n");
        check("s = {5, 3, 1, 4, 2, 0}\nprint(s, set([9, 7, 8]), set(range(10, 0, -1)), {100, 7, 1000, 8})\ns.add(64)\ns.discard(3)\nprint(s, len(s), 64 in s, 3 in s)\nprint({1, 2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2, 3} - {2}, {1, 2, 3} ^ {3, 4})\nprint({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1} == frozenset([1]), frozenset([3, 1]))\nprint(set(), frozenset(), {frozenset([1]): 2}, set('aaa'))",
                "{0, 1, 2, 3, 4, 5} {8, 9, 7} {1, 2, 3, 4, 5, 6, 7, 8, 9, 10} {1000, 8, 100, 7}\n{0, 1, 2, 4, 5, 64} 6 True False\n{1, 2, 3, 4} {2, 3} {1, 3} {1, 2, 4}\nTrue False True frozenset({1, 3})\nset() frozenset() {frozenset({1}): 2} {'a'}\n");
        check("s = {1, 2, 3}\ns |= {40}\ns &= {1, 2, 40}\ns -= {1}\ns ^= {7, 2}\nprint(s, s.pop(), s)\ntry:\n    set().pop()\nexcept KeyError as e:\n    print('KeyError', e)\ntry:\n    {1}.remove(5)\nexcept KeyError as e:\n    print('KeyError', e)\ntry:\n    {[1]}\nexcept TypeError as e:\n    print(e)\nprint({1, 2}.union([3], (4,)), {1, 2, 3}.intersection([2, 3], {3}), {1, 2}.isdisjoint([3]))",
                "{7} 40 {7}\nKeyError 'pop from an empty set'\nKeyError 5\nunhashable type: 'list'\n{1, 2, 3, 4} {3} True\n");
        check("print(hash(1), hash(1.0), hash(True), hash(-1), hash(2 ** 61), hash(2 ** 64 + 5), hash(-2 ** 70))\nprint(hash(0.5), hash(-2.75), hash(1e300), hash(float('inf')), hash(float('-inf')), hash(1e-300))\nprint(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3), -4)), hash((True, 2.0)))\nprint(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(None) == hash(None))\nfor bad in [[], {}, set(), ([],)]:\n    try:\n        hash(bad)\n    except TypeError as e:\n        print(e)",
                "1 1 1 -2 1 13 -512\n1152921504606846976 -1729382256910270466 1224995262755759164 314159 -314159 482449582752280463\n5740354900026072187 -6644214454873602895 -3550055125485641917 -1907678056851722044 -3550055125485641917\n133146708735736 -272375401224217160 True\nunhashable type: 'list'\nunhashable type: 'dict'\nunhashable type: 'set'\nunhashable type: 'list'\n");
        check("a = list(range(10))\nprint(a[2:5], a[::3], a[::-1], a[-3:], a[8:2:-2], a[100:], a[-100:2])\nprint('abcdef'[1:4], 'abcdef'[::-2], (1, 2, 3, 4)[1::2], range(10)[2:8:3], range(10)[::-1])\na[2:5] = ['x']\nprint(a)\na[::2] = 'ABCD'\nprint(a)\ndel a[::3]\nprint(a)\ntry:\n    a[::2] = [1]\nexcept ValueError as e:\n    print(e)\ntry:\n    a[1:2] = 5\nexcept TypeError as e:\n    print(e)\ntry:\n    a[::0]\nexcept ValueError as e:\n    print(e)\ns = slice(1, 8, 2)\nprint(s, s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(10), slice(1, 2) == slice(1, 2))",
                "[2, 3, 4] [0, 3, 6, 9] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [7, 8, 9] [8, 6, 4] [] [0, 1]\nbcd fdb (2, 4) range(2, 8, 3) range(9, -1, -1)\n[0, 1, 'x', 5, 6, 7, 8, 9]\n['A', 1, 'B', 5, 'C', 7, 'D', 9]\n[1, 'B', 'C', 7, 9]\nattempt to assign sequence of size 1 to extended slice of size 3\ncan only assign an iterable\nslice step cannot be zero\nslice(1, 8, 2) 1 8 2 (1, 5, 2) (9, -1, -1) True\n");
        check("a = [3, 1, 2]\na.append(4); a.extend((5, 6)); a.insert(0, 9); a.insert(-1, 8); a.insert(100, 7)\nprint(a, a.index(2), a.count(1), a.pop(), a.pop(0), a)\na.remove(1); a.reverse()\nprint(a, a.copy() == a, a.copy() is a)\na.sort()\nprint(a)\na.sort(key=lambda x: -x)\nprint(a)\nwords = ['bb', 'a', 'ccc', 'dd', 'e']\nprint(sorted(words, key=len), sorted(words, key=len, reverse=True))\nfor bad in [lambda: [3, 'a', 1].sort(), lambda: [].pop(), lambda: [1].pop(5), lambda: [1].index(3), lambda: [1].remove(3)]:\n    try:\n        bad()\n    except (TypeError, IndexError, ValueError) as e:\n        print(type(e).__name__, e)\nx = [1, 2]\nx.append(x)\nprint(x, x * 0, [0] * 3, (1, 2) * 2)\nt = ([],)\nt[0].append(t)\nprint(t)",
                "[3, 1, 2, 4, 5, 8, 6] 3 1 7 9 [3, 1, 2, 4, 5, 8, 6]\n[6, 8, 5, 4, 2, 3] True False\n[2, 3, 4, 5, 6, 8]\n[8, 6, 5, 4, 3, 2]\n['a', 'e', 'bb', 'dd', 'ccc'] ['ccc', 'bb', 'dd', 'a', 'e']\nTypeError '<' not supported between instances of 'str' and 'int'\nIndexError pop from empty list\nIndexError pop index out of range\nValueError 3 is not in list\nValueError list.remove(x): x not in list\n[1, 2, [...]] [] [0, 0, 0] (1, 2, 1, 2)\n([(...)],)\n");
        check("print(list(enumerate('ab', 1)), list(zip([1, 2, 3], 'ab')), list(reversed([1, 2, 3])), list(reversed(range(5))))\nprint(any([0, '', 1]), all([1, 'x']), all([]), any([]))\nprint(isinstance(True, int), isinstance(1, (str, (float, int))), isinstance([], tuple))\nit = iter([1, 2])\nprint(next(it), next(it), next(it, 'done'))\ntry:\n    next(it)\nexcept StopIteration:\n    print('stop')\ntry:\n    list(zip([1, 2], [1], strict=True))\nexcept ValueError as e:\n    print(e)\ntry:\n    list(zip([1], [1], [1, 2], strict=True))\nexcept ValueError as e:\n    print(e)\nprint(type(iter([])).__name__, type(iter({})).__name__, type(enumerate([])).__name__, type({}.keys()).__name__)\na, *b = [1, 2, 3]\nprint(a, b, [*b, *'xy'], (*b,), {*b, 5})\nm = [[1, 2], [3, 4]]\nm[0][1] += 10\nm[1] *= 2\nprint(m)",
                "[(1, 'a'), (2, 'b')] [(1, 'a'), (2, 'b')] [3, 2, 1] [4, 3, 2, 1, 0]\nTrue True True False\nTrue True False\n1 2 done\nstop\nzip() argument 2 is shorter than argument 1\nzip() argument 3 is longer than arguments 1-2\nlist_iterator dict_keyiterator enumerate dict_keys\n1 [2, 3] [2, 3, 'x', 'y'] (2, 3) {2, 3, 5}\n[[1, 12], [3, 4, 3, 4]]\n");
    }
}
