/*
 * The Python 3.11 token set, written for Krait.
 *
 * This grammar only recognises raw tokens. Layout (NEWLINE, INDENT, DEDENT, implicit line
 * joining inside brackets) and every tokenizer-level SyntaxError are the business of
 * PythonLexerBase, which post-processes this token stream. Strings, including f-strings,
 * are single tokens here, as in CPython 3.11; the AST builder decodes them.
 */
lexer grammar PythonLexer;

options { superClass = PythonLexerBase; }

// LEXER_ERROR marks where tokenizing stopped on an error (see PythonLexerBase.defer).
tokens { INDENT, DEDENT, LEXER_ERROR }

// ---- keywords (soft keywords such as match, case, _ and type stay NAMEs) ----
FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// ---- literals ----
// A string token: optional prefix, then a short or long string in either quote.
STRING
    : STRING_PREFIX? ( SHORT_SQ | SHORT_DQ | LONG_SQ | LONG_DQ )
    ;

// A short string whose line ends (or the file ends) before its closing quote.
UNTERMINATED_STRING
    : STRING_PREFIX? ( '\'' SHORT_SQ_ITEM* | '"' SHORT_DQ_ITEM* )
    ;

// A long string that reaches the end of the file. Its items can never form the closing
// triple quote, so a terminated long string is always the longer (winning) match.
UNTERMINATED_LONG_STRING
    : STRING_PREFIX? ( '\'\'\'' LONG_SQ_OPEN_ITEM* ( '\'' '\''? )? | '"""' LONG_DQ_OPEN_ITEM* ( '"' '"'? )? )
    ;

NUMBER
    : DEC_INTEGER
    | '0' [xX] ( '_'? HEX_DIGIT )+
    | '0' [oO] ( '_'? [0-7] )+
    | '0' [bB] ( '_'? [01] )+
    | FLOAT_NUMBER
    | ( FLOAT_NUMBER | DIGIT_PART ) [jJ]
    ;

NAME : ID_START ID_CONTINUE* ;

// ---- operators and delimiters ----
ELLIPSIS     : '...';
DOT          : '.';
LPAR         : '(';
RPAR         : ')';
LSQB         : '[';
RSQB         : ']';
LBRACE       : '{';
RBRACE       : '}';
COMMA        : ',';
COLONEQUAL   : ':=';
COLON        : ':';
SEMI         : ';';
RARROW       : '->';
DOUBLESTAREQUAL : '**=';
DOUBLESTAR   : '**';
STAREQUAL    : '*=';
STAR         : '*';
DOUBLESLASHEQUAL : '//=';
DOUBLESLASH  : '//';
SLASHEQUAL   : '/=';
SLASH        : '/';
PLUSEQUAL    : '+=';
PLUS         : '+';
MINEQUAL     : '-=';
MINUS        : '-';
PERCENTEQUAL : '%=';
PERCENT      : '%';
ATEQUAL      : '@=';
AT           : '@';
AMPEREQUAL   : '&=';
AMPER        : '&';
VBAREQUAL    : '|=';
VBAR         : '|';
CIRCUMFLEXEQUAL : '^=';
CIRCUMFLEX   : '^';
LEFTSHIFTEQUAL  : '<<=';
LEFTSHIFT    : '<<';
RIGHTSHIFTEQUAL : '>>=';
RIGHTSHIFT   : '>>';
EQEQUAL      : '==';
NOTEQUAL     : '!=';
LESSEQUAL    : '<=';
GREATEREQUAL : '>=';
LESS         : '<';
GREATER      : '>';
EQUAL        : '=';
TILDE        : '~';

// ---- layout and trivia; PythonLexerBase turns these into NEWLINE/INDENT/DEDENT ----
NEWLINE      : '\r'? '\n' | '\r' ;
WS           : [ \t\f]+ -> channel(HIDDEN) ;
COMMENT      : '#' ~[\r\n]* -> channel(HIDDEN) ;
LINE_JOIN    : '\\' ( '\r'? '\n' | '\r' ) -> channel(HIDDEN) ;

// Anything else: a lone backslash, '$', '?', '!', a non-ASCII symbol. The base class
// reports each with CPython's message.
ERRORTOKEN   : . ;

// ---- fragments ----
fragment STRING_PREFIX
    : [rRuUbBfF]
    | [rR] [bBfF]
    | [bBfF] [rR]
    ;
fragment SHORT_SQ      : '\'' SHORT_SQ_ITEM* '\'' ;
fragment SHORT_DQ      : '"' SHORT_DQ_ITEM* '"' ;
fragment SHORT_SQ_ITEM : ESCAPED | ~[\\\r\n'] ;
fragment SHORT_DQ_ITEM : ESCAPED | ~[\\\r\n"] ;
fragment LONG_SQ       : '\'\'\'' ( ESCAPED | ~'\\' )*? '\'\'\'' ;
fragment LONG_DQ       : '"""' ( ESCAPED | ~'\\' )*? '"""' ;
fragment LONG_SQ_OPEN_ITEM
    : ESCAPED
    | ~['\\]
    | '\'' ( ESCAPED | ~['\\] )
    | '\'\'' ( ESCAPED | ~['\\] )
    ;
fragment LONG_DQ_OPEN_ITEM
    : ESCAPED
    | ~["\\]
    | '"' ( ESCAPED | ~["\\] )
    | '""' ( ESCAPED | ~["\\] )
    ;
// A backslash and the character after it (a CRLF counts as one), so an escaped quote
// never ends a string. What the escape means is decided later.
fragment ESCAPED       : '\\' ( '\r\n' | . ) ;

fragment DEC_INTEGER   : NON_ZERO_DIGIT ( '_'? DIGIT )* | '0'+ ( '_'? '0' )* ;
fragment FLOAT_NUMBER  : POINT_FLOAT | EXPONENT_FLOAT ;
fragment POINT_FLOAT   : DIGIT_PART? '.' DIGIT_PART | DIGIT_PART '.' ;
fragment EXPONENT_FLOAT: ( DIGIT_PART | POINT_FLOAT ) [eE] [+-]? DIGIT_PART ;
fragment DIGIT_PART    : DIGIT ( '_'? DIGIT )* ;
fragment NON_ZERO_DIGIT: [1-9] ;
fragment DIGIT         : [0-9] ;
fragment HEX_DIGIT     : [0-9a-fA-F] ;

// As in CPython's tokenizer, every non-ASCII character may be part of a NAME here, and
// PythonLexerBase then checks XID_Start/XID_Continue (see Identifiers for why not \p{...}).
fragment ID_START    : [_a-zA-Z] | NON_ASCII ;
fragment ID_CONTINUE : [_a-zA-Z0-9] | NON_ASCII ;
fragment NON_ASCII   : [\u0080-\u{10FFFF}] ;
