package org.civicrelay.config;

/**
 * A reason not to go on that restarting will not cure (a bad setting, another process on the database, a
 * data key the database does not know): shown to the operator as one line, with exit code 2. The line
 * names what to change and never quotes a secret.
 */
public class Refusal extends RuntimeException {

    public Refusal(String line) {
        super(line);
    }

    public String oneLine() {
        return getMessage();
    }
}
