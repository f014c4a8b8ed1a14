package dev.krait.syntax.parse;

import java.text.Normalizer;

/** Identifiers as Python stores them: non-ASCII names are NFKC-normalised (PEP 3131). */
final class Names {
    private Names() {}

    static String normalize(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                return Normalizer.normalize(name, Normalizer.Form.NFKC);
            }
        }
        return name;
    }
}
