package dev.krait.syntax.parse;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import dev.krait.grammar.PythonLexer;
import dev.krait.grammar.PythonParser;
import dev.krait.grammar.SourceError;
import dev.krait.syntax.ast.Expr;

/**
 * Runs one parse: tokenizes the whole input first (so tokenizer errors win, as in CPython),
 * parses in SLL mode and falls back to LL mode with error diagnosis, then builds the AST.
 * Not thread-safe; one driver per parse.
 */
public final class ParseDriver {
    /** The grammar entry point to use. */
    public enum Entry { MODULE, INTERACTIVE, EXPRESSION }

    private final ParserCache cache;
    private final ParserCache.Snapshot caches;
    private final String depthMessage;

    public ParseDriver(ParserCache cache, String depthMessage) {
        this.cache = cache;
        this.caches = cache.snapshot();
        this.depthMessage = depthMessage;
    }

    /** Returns a {@code Mod.Module}, {@code Mod.Interactive} or an {@code Expr}. */
    public Object parse(String text, String filename, Entry entry) {
        try {
            return parseOnce(text, filename, entry);
        } finally {
            cache.trim();
        }
    }

    private Object parseOnce(String text, String filename, Entry entry) {
        CommonTokenStream tokens = tokenize(CharStreams.fromString(text, filename), 0, 0, 0);
        PythonParser parser = parser(tokens);
        ParserRuleContext tree = parseTree(parser, tokens, entry);
        AstBuilder builder = new AstBuilder(this::parseFStringField, tokens.getTokens(), depthMessage);
        return switch (entry) {
            case MODULE -> builder.module((PythonParser.FileInputContext) tree);
            case INTERACTIVE -> builder.interactive((PythonParser.InteractiveInputContext) tree);
            case EXPRESSION -> builder.expression(((PythonParser.EvalInputContext) tree).starExpressions());
        };
    }

    private CommonTokenStream tokenize(CharStream chars, int bracketDepth, int line, int column) {
        PythonLexer lexer = new PythonLexer(chars);
        lexer.setInterpreter(new LexerATNSimulator(lexer, lexer.getATN(), caches.lexerDfa(), caches.lexerContexts()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int l, int c, String msg,
                                    RecognitionException e) {
                throw SourceError.syntax("invalid syntax", l, c + 1);
            }
        });
        lexer.setImplicitBracketDepth(bracketDepth);
        if (line > 0) {
            lexer.setLine(line);
            lexer.setCharPositionInLine(column);
        }
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        return tokens;
    }

    private PythonParser parser(CommonTokenStream tokens) {
        PythonParser parser = new PythonParser(tokens);
        parser.setInterpreter(new ParserATNSimulator(parser, parser.getATN(), caches.parserDfa(),
                caches.parserContexts()));
        parser.removeErrorListeners();
        return parser;
    }

    private ParserRuleContext parseTree(PythonParser parser, CommonTokenStream tokens, Entry entry) {
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return start(parser, entry);
        } catch (ParseCancellationException slow) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            PythonLexer lexer = (PythonLexer) tokens.getTokenSource();
            parser.addErrorListener(new ErrorDiagnosis(tokens.getTokens(), lexer, this::tryExpression,
                    run -> new AstBuilder(this::parseFStringField, tokens.getTokens(), depthMessage).strings(run)));
            return start(parser, entry);
        }
    }

    private static ParserRuleContext start(PythonParser parser, Entry entry) {
        return switch (entry) {
            case MODULE -> parser.fileInput();
            case INTERACTIVE -> parser.interactiveInput();
            case EXPRESSION -> parser.evalInput();
        };
    }

    /** Parses {@code text} as an expression for error diagnosis; null if it is not one. */
    private Expr tryExpression(String text) {
        try {
            return (Expr) new ParseDriver(cache, depthMessage).parseOnce(text, "<diagnosis>", Entry.EXPRESSION);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Parses the expression of an f-string replacement field. Like CPython 3.11, it parses
     * the text wrapped in parentheses, so errors carry columns within that wrapped text and
     * messages gain an "f-string: " prefix.
     */
    private Expr parseFStringField(String source, int line, int column) {
        String wrapped = "(" + source + ")";
        int shift = Math.max(0, column - 1); // the wrapped text starts one column before the expression
        try {
            CommonTokenStream tokens = tokenize(CharStreams.fromString(wrapped), 0, line, shift);
            PythonParser parser = parser(tokens);
            ParserRuleContext tree = parseTree(parser, tokens, Entry.EXPRESSION);
            AstBuilder builder = new AstBuilder(this::parseFStringField, tokens.getTokens(), depthMessage);
            return builder.expression(((PythonParser.EvalInputContext) tree).starExpressions());
        } catch (SourceError e) {
            if (e.getMessage().startsWith("f-string") || e.kind() != SourceError.Kind.SYNTAX_ERROR) {
                throw e;
            }
            // CPython 3.11 reports these columns within the wrapped text, not the line.
            int offset = e.line() == line ? e.offset() - shift : e.offset();
            throw new SourceError(e.kind(), "f-string: " + e.getMessage(), e.line(), offset);
        }
    }
}
