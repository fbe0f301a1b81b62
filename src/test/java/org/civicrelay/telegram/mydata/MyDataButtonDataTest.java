package org.civicrelay.telegram.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** /forget's and /wipe's buttons read back exactly what they wrote. */
class MyDataButtonDataTest {

    @Test
    void forget_and_wipe_choices_read_back_and_nothing_else_does() {
        for (ForgetButton.Press press : ForgetButton.Press.values()) {
            assertThat(ForgetButton.Press.parse(press.encode())).contains(press);
        }
        for (WipeButton.Press press : WipeButton.Press.values()) {
            assertThat(WipeButton.Press.parse(press.encode())).contains(press);
        }
        assertThat(ForgetButton.button("Erase", ForgetButton.Press.WITH_TEXT).data())
                .isEqualTo("forget:text");
        assertThat(WipeButton.button("Delete", WipeButton.Press.WIPE).data()).isEqualTo("wipe:yes");
        assertThat(ForgetButton.Press.parse("everything")).isEmpty();
        assertThat(WipeButton.Press.parse("YES")).isEmpty();
    }
}
