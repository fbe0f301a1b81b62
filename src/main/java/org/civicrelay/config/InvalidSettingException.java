package org.civicrelay.config;

/**
 * A setting that makes start-up impossible. Its message is shown to the operator as one line, so it
 * names the setting and says what is wrong, without echoing secret values.
 */
public class InvalidSettingException extends Refusal {

    private final String setting;

    public InvalidSettingException(String setting, String problem) {
        super(problem);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }

    @Override
    public String oneLine() {
        return "Invalid setting " + setting + ": " + getMessage();
    }
}
