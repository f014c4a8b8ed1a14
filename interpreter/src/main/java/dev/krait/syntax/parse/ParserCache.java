package dev.krait.syntax.parse;

import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;

import dev.krait.grammar.PythonLexer;
import dev.krait.grammar.PythonParser;

/**
 * The prediction caches (DFAs) that make ANTLR fast, owned by one interpreter instead of
 * the generated classes' static fields, and bounded.
 *
 * <p>ANTLR's generated parsers share a static DFA cache that only grows; Krait gives each
 * interpreter its own and starts afresh once it holds more than {@link #MAX_STATES} states,
 * so that parsing many distinct sources keeps retained memory bounded. Parses that are in
 * flight keep the snapshot they started with. Thread-safe.
 */
public final class ParserCache {
    /** DFA states kept before the caches are dropped and rebuilt. */
    public static final int MAX_STATES = 12_000; // ordinary code settles near 5,000; each state holds ~3.5 KB

    /** One generation of caches. */
    record Snapshot(DFA[] lexerDfa, PredictionContextCache lexerContexts, DFA[] parserDfa,
                    PredictionContextCache parserContexts) {
        int stateCount() {
            int n = 0;
            for (DFA d : lexerDfa) {
                n += d.states.size();
            }
            for (DFA d : parserDfa) {
                n += d.states.size();
            }
            return n;
        }
    }

    private volatile Snapshot current = fresh();
    private int resets;

    Snapshot snapshot() {
        return current;
    }

    /** Called after each parse; drops the caches when they have grown too large. */
    void trim() {
        Snapshot s = current;
        if (s.stateCount() > MAX_STATES) {
            synchronized (this) {
                if (current == s) {
                    current = fresh();
                    resets++;
                }
            }
        }
    }

    /** How often the caches were dropped; for tests and diagnostics. */
    public synchronized int resets() {
        return resets;
    }

    /** The number of DFA states currently cached. */
    public int stateCount() {
        return current.stateCount();
    }

    private static Snapshot fresh() {
        return new Snapshot(dfas(PythonLexer._ATN), new PredictionContextCache(), dfas(PythonParser._ATN),
                new PredictionContextCache());
    }

    private static DFA[] dfas(ATN atn) {
        DFA[] out = new DFA[atn.getNumberOfDecisions()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new DFA(atn.getDecisionState(i), i);
        }
        return out;
    }
}
