#!/usr/bin/python3.11
"""Generate the golden outputs of Krait's parser test corpus from CPython 3.11.

Run with ``/usr/bin/python3.11 tools/gen_parser_goldens.py`` from anywhere.
The script aborts unless it runs on CPython 3.11.  It rewrites, deterministically:

  * the generated raw snippet files (``corpus/raw/*.py`` and ``errors/raw/*.py``
    listed in RAW_VALID / RAW_ERRORS below; byte-exact, written in binary);
  * every golden file (``*.ast`` next to valid snippet files, ``*.err`` next to
    error snippet files).

The ``raw/`` directories are owned by this script: they hold exactly the
RAW_VALID / RAW_ERRORS entries (plus goldens); other files there are deleted.
Pass ``-v`` to list the raw files in the summary.

All paths are relative to ``interpreter/src/test/resources/parser/``.

Snippet file formats (the Java test runner MUST follow these exactly)
--------------------------------------------------------------------

Chunk files (``corpus/*.py`` and ``errors/*.py``, not in ``raw/``):
  1. Read the file as bytes and decode as UTF-8 (no BOM; the files contain no
     CR characters -- the generator checks both).
  2. If the text ends with "\\n", remove that single final "\\n".
  3. Split the text on "\\n" into lines.
  4. A line that is exactly ``#---`` (no leading/trailing whitespace) is a
     separator.  The lines between two separators (or between the start/end of
     the file and a separator) form one snippet.
  5. The snippet source is those lines joined with "\\n", plus one final "\\n".
     A snippet never consists of zero lines or only whitespace (the generator
     rejects such files).
  Snippet number k (0-based) of ``X.py`` corresponds to line k of the golden.

Raw files (``corpus/raw/*.py`` and ``errors/raw/*.py``):
  Each file is exactly one snippet: the source is the file's raw bytes (which
  may contain a UTF-8 BOM, a PEP 263 coding cookie, CRLF or CR line ends, no
  final newline, form feeds, tabs, or be empty).  CPython is handed the bytes
  unchanged, so BOM/cookie/newline handling is CPython's own.

Golden formats (UTF-8, one line per snippet, each line ended by "\\n"):
  * ``corpus/X.ast`` / ``corpus/raw/X.ast``: ``ast.dump(ast.parse(source))``
    with the default arguments (no positions, annotate_fields=True).  Chunk
    snippets are parsed as ``str``; raw snippets as ``bytes``.
  * ``errors/X.err`` / ``errors/raw/X.err``: ``TYPE:LINENO:OFFSET:MESSAGE``
    where the exception comes from ``compile(source, 'snippet.py', 'exec')``
    (so CPython's compile-time checks -- symtable, 'return' outside function,
    etc. -- are included).  TYPE is the exception class name (SyntaxError,
    IndentationError or TabError).  LINENO and OFFSET are the exception's
    ``lineno`` and ``offset`` attributes (OFFSET is 1-based as CPython reports
    it); ``None`` is written as ``0``.  MESSAGE is ``exc.msg`` with every
    newline replaced by the two characters backslash and ``n``.  Split a line
    with at most 3 splits on ':' (the message itself may contain ':').

Warnings (DeprecationWarning for invalid escapes, SyntaxWarning for
``assert (x, y)`` ...) are ignored while generating: they are not part of the
goldens.  Every valid snippet must parse and every error snippet must raise
SyntaxError or a subclass; otherwise the script exits with status 1.
"""

import ast
import os
import sys
import unicodedata
import warnings

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_parser_goldens.py must run on CPython 3.11 (use /usr/bin/python3.11); "
             "this is %s" % sys.version.split()[0])

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..',
                                     'interpreter', 'src', 'test', 'resources', 'parser'))
CORPUS = os.path.join(ROOT, 'corpus')
ERRORS = os.path.join(ROOT, 'errors')
SEPARATOR = '#---'

# Characters str.splitlines() treats as line boundaries: none may appear inside
# a golden line, or readers splitting on them would desynchronise.
_LINE_BREAKS = set('\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029')


# --------------------------------------------------------------------------
# Raw (byte-exact) snippets.  Keys are file stems; values are the exact bytes.
# --------------------------------------------------------------------------

def _nested_parens(depth):
    return b'x = ' + b'(' * depth + b'1' + b')' * depth + b'\n'


def _nested_fors(depth):
    lines = []
    for i in range(depth):
        lines.append('    ' * i + 'for x%d in y:' % i)
    lines.append('    ' * depth + 'pass')
    return ('\n'.join(lines) + '\n').encode('ascii')


def _nested_ifs(depth):
    lines = []
    for i in range(depth):
        lines.append(' ' * i + 'if x:')
    lines.append(' ' * depth + 'pass')
    return ('\n'.join(lines) + '\n').encode('ascii')


BOM = b'\xef\xbb\xbf'

RAW_VALID = {
    # line endings
    'crlf': b'x = 1\r\nif x:\r\n    y = 2\r\nz = 3\r\n',
    'crlf_no_final_newline': b'x = 1\r\ny = 2',
    'crlf_triple_quoted': b's = """a\r\nb\r\n"""\r\nt = 1\r\n',
    'crlf_backslash_continuation': b'x = 1 + \\\r\n    2\r\n',
    'crlf_string_continuation': b"s = 'abc\\\r\ndef'\r\n",
    'lone_cr': b'x = 1\ry = 2\rif x:\r    z = 3\r',
    'lone_cr_triple_quoted': b's = """a\rb"""\r',
    'mixed_line_endings': b'a = 1\nb = 2\r\nc = 3\rd = 4\n',
    # BOM and encodings
    'bom': BOM + b'x = 1\n',
    'bom_crlf': BOM + b'x = 1\r\ny = "\xc3\xa9"\r\n',
    'bom_only': BOM,
    'bom_utf8_cookie': BOM + b'# -*- coding: utf-8 -*-\nx = 1\n',
    'coding_latin1': b"# -*- coding: latin-1 -*-\ns = '\xe9t\xe9'\n",
    'coding_latin1_second_line': b"#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\ns = '\xa4'\n",
    'coding_cp1252': b"# coding=cp1252\ns = '\x80'\n",
    'utf8_non_ascii_string': 'print("Grüße, 世界 😀")\n'.encode('utf-8'),
    # missing final newline
    'no_final_newline': b'x = 1',
    'no_final_newline_comment': b'x = 1  # comment',
    'no_final_newline_trailing_spaces': b'x = 1   ',
    'ends_in_block_no_newline': b'if x:\n    y = 1',
    'ends_in_nested_block_no_newline': b'def f():\n    if x:\n        return 1',
    'ends_with_comment_in_block': b'if x:\n    y = 1\n    # trailing comment',
    'ends_with_backslash_string_no_newline': b"s = 'a\\\\'",
    'one_line_compound_no_newline': b'while x: pass',
    # degenerate files
    'empty': b'',
    'only_newline': b'\n',
    'only_comments': b'# first\n# second\n',
    'only_comment_no_newline': b'# only a comment',
    'only_blank_lines': b'\n\n\n',
    'only_whitespace': b'   \n\t\n  ',
    # tabs and mixed indentation that CPython accepts
    'tabs': b'if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n\tw = 3\n',
    'tab_then_space': b'if a:\n\tif b:\n\t x = 1\n\ty = 2\n',
    'same_mix_every_line': b'if a:\n \tx = 1\n \ty = 2\n',
    'tab_inside_line': b'x\t=\t1\t# tab comment\n',
    'tab_in_string': b"s = 'a\tb'\n",
    'tab_continuation': b'x = (1,\n\t2)\n',
    'tab_before_comment': b'x = 1\t# tab before comment\n',
    'trailing_whitespace': b'for x in y:   \n    pass \t \n',
    # form feeds
    'formfeed_line_start': b'\x0cx = 1\n',
    'formfeed_before_indent': b'if x:\n\x0c    y = 1\n    z = 2\n',
    'formfeed_alone_line': b'x = 1\n\x0c\ny = 2\n',
    'formfeed_mid_line': b'x =\x0c1\n',
    # blank/whitespace lines inside blocks
    'whitespace_lines_in_block': b'def f():\n    a = 1\n  \n\t\n        \n    return a\n',
    'comment_lines_odd_indent': b'if x:\n    a = 1\n# col 0\n        # col 8\n  # col 2\n    b = 2\n',
    # non-ASCII identifiers
    'identifier_cafe': 'café = 1\nprint(café)\n'.encode('utf-8'),
    'identifier_nfkc_ligature': '\ufb01le = 1\nprint(file)\n'.encode('utf-8'),
    'identifier_nfkc_fullwidth': '\uff46\uff55\uff4c\uff4c = 2\n'.encode('utf-8'),
    'identifier_combining_mark': 'e\u0301 = 3\n'.encode('utf-8'),
    'identifier_greek_cjk': 'π = 3.14\n変数 = π\nΣ = sum\n'.encode('utf-8'),
    'identifier_math_fraktur': '\U0001d518\U0001d52b\U0001d526 = 1\n'.encode('utf-8'),
    'identifier_latin1_cookie': b'# coding: latin-1\ncaf\xe9 = 1\n',
    'identifier_attr_kwarg_nfkc': 'obj.\ufb01eld = f(\u210cx=1)\n'.encode('utf-8'),
    # deep but legal nesting
    'nested_parens_100': _nested_parens(100),
    'nested_blocks_99_levels': _nested_ifs(99),
    'nested_fors_20': _nested_fors(20),
}

RAW_ERRORS = {
    'tab_error_spaces_then_tab': b'if x:\n        a = 1\n\tb = 2\n',
    'tab_error_tab_then_spaces': b'if x:\n\ta = 1\n        b = 2\n',
    'tab_error_nested': b'if a:\n\tif b:\n\t\tx = 1\n\t        y = 2\n',
    'tab_error_dedent': b'if a:\n    if b:\n\tx = 1\n',
    'bom_unclosed_paren': BOM + b'x = (\n',
    'bom_invalid_syntax': BOM + b'x = 1 $ 2\n',
    'bom_latin1_cookie': BOM + b'# coding: latin-1\nx = 1\n',
    'crlf_expected_colon': b'x = 1\r\nif x\r\n    pass\r\n',
    'crlf_unterminated_string': b"x = 'abc\r\ny = 1\r\n",
    'crlf_unexpected_indent': b'x = 1\r\n    y = 2\r\n',
    'crlf_unterminated_triple': b'x = """abc\r\n\r\ny = 1\r\n',
    'lone_cr_invalid_syntax': b'x = 1\ry = = 2\r',
    'no_newline_invalid_syntax': b'x = 1\nfoo bar',
    'no_newline_unclosed_paren': b'x = 1\ny = (1 +',
    'no_newline_block_expected': b'if x:',
    'no_newline_unterminated_string': b"x = 'abc",
    'no_newline_backslash_eof': b'x = 1 + \\',
    'no_newline_dedent_mismatch': b'if x:\n    pass\n  y = 1',
    'no_newline_unexpected_indent': b'x = 1\n    y = 2',
    'invalid_utf8': b"x = '\xff'\n",
    'invalid_utf8_identifier': b'x\xc3 = 1\n',
    'latin1_cookie_nonascii_bytes': b"# coding: latin-1\nx = b'\xe9'\n",
    'unknown_encoding': b'# coding: no-such-encoding\nx = 1\n',
    'only_backslash_newline': b'\\\n',
    'whitespace_line_then_unexpected_indent': b'for x in y:\n    pass\n    \n        z = 1\n',
    'nbsp_after_number': b'x = 1\xc2\xa0+ 2\n',
    'nbsp_invalid_non_printable': b'print(\xc2\xa0x)\n',
    'zero_width_space_invalid_non_printable': b'x\xe2\x80\x8b = 1\n',
    'formfeed_invalid_syntax': b'x = 1\n\x0cy z\n',
    'formfeed_resets_indentation': b'if x:\n    \x0cy = 1\n',
    'too_many_nested_parens': _nested_parens(201),
    'too_many_statically_nested_blocks': _nested_fors(21),
    'too_many_indentation_levels': _nested_ifs(100),
}


# --------------------------------------------------------------------------

def fail(msg):
    print('ERROR: ' + msg, file=sys.stderr)
    sys.exit(1)


def split_chunks(path):
    """Split a chunk file into snippet sources (see module docstring)."""
    with open(path, 'rb') as f:
        data = f.read()
    if data.startswith(BOM):
        fail('%s: chunk files must not start with a BOM' % path)
    if b'\r' in data:
        fail('%s: chunk files must not contain CR characters' % path)
    text = data.decode('utf-8')
    # Keep chunk files editor-proof: byte-sensitive content belongs in raw/.
    for lineno, line in enumerate(text.split('\n'), 1):
        if line != line.rstrip():
            fail('%s:%d: trailing whitespace (put such snippets in raw/)' % (path, lineno))
        for ch in line:
            if ch == '\t' or (ch != ' ' and unicodedata.category(ch) in ('Cc', 'Cf', 'Zs', 'Zl', 'Zp')):
                fail('%s:%d: invisible character U+%04X (put such snippets in raw/)'
                     % (path, lineno, ord(ch)))
    if text.endswith('\n'):
        text = text[:-1]
    snippets = []
    current = []
    for line in text.split('\n'):
        if line == SEPARATOR:
            snippets.append(current)
            current = []
        else:
            current.append(line)
    snippets.append(current)
    result = []
    for i, lines in enumerate(snippets):
        src = '\n'.join(lines) + '\n'
        if not lines or not src.strip():
            fail('%s: snippet #%d is empty' % (path, i))
        result.append(src)
    return result


def check_line(path, line):
    bad = _LINE_BREAKS.intersection(line)
    if bad:
        fail('%s: golden line contains line-break characters %r' % (path, sorted(bad)))
    return line


# Valid snippets that ast.parse() accepts but compile() rejects (compile-time
# checks such as 'return' with value in an async generator).  Informational.
COMPILE_REJECTED = []


def dump_valid(path, index, source):
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        fail('%s: snippet #%d does not parse on CPython %s: %s: %s (line %s, offset %s)\n%s'
             % (path, index, sys.version.split()[0], type(e).__name__, e.msg, e.lineno, e.offset,
                source if isinstance(source, str) else repr(source)))
    try:
        compile(source, 'snippet.py', 'exec')
    except SyntaxError as e:
        COMPILE_REJECTED.append('%s #%d: %s' % (os.path.relpath(path, ROOT), index, e.msg))
    return check_line(path, ast.dump(tree))


def describe_error(path, index, source):
    try:
        compile(source, 'snippet.py', 'exec')
    except SyntaxError as e:
        msg = (e.msg or '').replace('\n', '\\n')
        return check_line(path, '%s:%d:%d:%s' % (type(e).__name__, e.lineno or 0,
                                                  e.offset or 0, msg))
    except Exception as e:  # ValueError, RecursionError, ... are not what we test
        fail('%s: snippet #%d raised %s (not a SyntaxError): %s\n%s'
             % (path, index, type(e).__name__, e, source))
    fail('%s: snippet #%d compiles without error on CPython %s but must raise SyntaxError:\n%s'
         % (path, index, sys.version.split()[0],
            source if isinstance(source, str) else repr(source)))


def write_text(path, lines):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for line in lines:
            f.write(line + '\n')


def write_raw_files(directory, table, golden_ext):
    """raw/ directories are owned by this script: they hold exactly the table's
    snippets and their goldens; anything else there is removed."""
    os.makedirs(directory, exist_ok=True)
    for name in sorted(os.listdir(directory)):
        stem, ext = os.path.splitext(name)
        if ext not in ('.py', golden_ext) or stem not in table:
            os.remove(os.path.join(directory, name))
    for stem in sorted(table):
        with open(os.path.join(directory, stem + '.py'), 'wb') as f:
            f.write(table[stem])


def check_orphans(directory, golden_ext):
    for name in sorted(os.listdir(directory)):
        if name.endswith(golden_ext):
            if not os.path.exists(os.path.join(directory, name[:-len(golden_ext)] + '.py')):
                fail('%s: golden without snippet file' % os.path.join(directory, name))


def process(directory, golden_ext, handler):
    """Returns a list of (relative path, snippet count)."""
    counts = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith('.py'):
            continue
        path = os.path.join(directory, name)
        snippets = split_chunks(path)
        lines = [handler(path, i, src) for i, src in enumerate(snippets)]
        write_text(path[:-3] + golden_ext, lines)
        counts.append((os.path.relpath(path, ROOT), len(lines)))
    raw_dir = os.path.join(directory, 'raw')
    if os.path.isdir(raw_dir):
        for name in sorted(os.listdir(raw_dir)):
            if not name.endswith('.py'):
                continue
            path = os.path.join(raw_dir, name)
            with open(path, 'rb') as f:
                data = f.read()
            write_text(path[:-3] + golden_ext, [handler(path, 0, data)])
            counts.append((os.path.relpath(path, ROOT), 1))
        check_orphans(raw_dir, golden_ext)
    check_orphans(directory, golden_ext)
    return counts


def main():
    warnings.simplefilter('ignore')
    write_raw_files(os.path.join(CORPUS, 'raw'), RAW_VALID, '.ast')
    write_raw_files(os.path.join(ERRORS, 'raw'), RAW_ERRORS, '.err')
    valid = process(CORPUS, '.ast', dump_valid)
    errors = process(ERRORS, '.err', describe_error)
    verbose = '-v' in sys.argv[1:]
    for title, counts in (('valid', valid), ('error', errors)):
        chunk = [(p, n) for p, n in counts if os.sep + 'raw' + os.sep not in p]
        raw = [(p, n) for p, n in counts if os.sep + 'raw' + os.sep in p]
        for p, n in chunk:
            print('  %-50s %4d' % (p, n))
        print('  %-50s %4d  (%d files)' % (os.path.join(title == 'valid' and 'corpus' or 'errors',
                                                        'raw', '*.py'), len(raw), len(raw)))
        if verbose:
            for p, n in raw:
                print('    ' + p)
    n_valid = sum(n for _, n in valid)
    n_errors = sum(n for _, n in errors)
    if COMPILE_REJECTED:
        print('note: %d valid snippets parse but are rejected by compile():' % len(COMPILE_REJECTED))
        for line in COMPILE_REJECTED:
            print('    ' + line)
    print('%d valid snippets, %d error snippets' % (n_valid, n_errors))


if __name__ == '__main__':
    main()
