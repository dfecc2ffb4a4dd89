package org.conflicttally.lexicon;

/** Bad configuration: the message names the file and line, so a user can fix it without reading code. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
