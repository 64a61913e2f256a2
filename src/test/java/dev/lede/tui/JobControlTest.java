package dev.lede.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.tui.JobControl.Proc;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ctrl-Z stops lede only where a shell can resume it: the kernel never stops an orphaned process group. */
class JobControlTest {

    @Test
    void aJobOfAnInteractiveShellCanBeStopped() {
        Proc shell = new Proc(100, 90, 100, 100);
        Proc lede = new Proc(200, 100, 200, 100);
        assertTrue(JobControl.stoppable(lede, List.of(new Proc(90, 1, 90, 90), shell, lede)));
    }

    @Test
    void theOnlyCommandOfAnSshSessionCannotBe() {
        // ssh -t host lede: sshd's session child execs lede, which leads a session of its own.
        Proc sshd = new Proc(50, 1, 50, 50);
        Proc lede = new Proc(60, 50, 60, 60);
        assertFalse(JobControl.stoppable(lede, List.of(sshd, lede)));
    }

    @Test
    void norAChildOfAShellWithoutJobControl() {
        // ssh -t host 'cd x && lede': bash -c leads the session and keeps lede in its own group.
        Proc sshd = new Proc(50, 1, 50, 50);
        Proc bash = new Proc(60, 50, 60, 60);
        Proc lede = new Proc(61, 60, 60, 60);
        assertFalse(JobControl.stoppable(lede, List.of(sshd, bash, lede)));
    }

    @Test
    void aGroupWithOneMemberWhoseParentIsAJobControlShellCanBe() {
        // a pipeline job: lede's parent is in the group, another member's parent is the shell.
        Proc shell = new Proc(100, 90, 100, 100);
        Proc cat = new Proc(201, 100, 201, 100);
        Proc lede = new Proc(202, 100, 201, 100);
        assertTrue(JobControl.stoppable(lede, List.of(shell, cat, lede)));
    }

    @Test
    void readsTheFieldsAfterTheCommandNameWhateverItHolds() {
        assertEquals(
                Optional.of(new Proc(4242, 17, 4242, 9)),
                JobControl.parse(4242, "4242 (a) b (c)) S 17 4242 9 34816 4242 4194560 1 0 0 0"));
        assertEquals(Optional.empty(), JobControl.parse(1, "garbage"));
    }
}
