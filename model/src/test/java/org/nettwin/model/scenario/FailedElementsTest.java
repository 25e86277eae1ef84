package org.nettwin.model.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nettwin.model.topology.Link;
import org.nettwin.model.topology.LinkId;
import org.nettwin.model.topology.NodeId;

class FailedElementsTest {

    @Test
    void followsDownAndUpEventsAtTheStartOnly() {
        List<ScenarioEvent> events = List.of(
                new ScenarioEvent.LinkDown(Duration.ZERO, LinkId.of("1")),
                new ScenarioEvent.NodeDown(Duration.ZERO, NodeId.of("c")),
                new ScenarioEvent.LinkUp(Duration.ZERO, LinkId.of("1")),
                new ScenarioEvent.ScaleFlows(Duration.ZERO, 2, List.of()),
                new ScenarioEvent.LinkDown(Duration.ofSeconds(5), LinkId.of("2")));
        FailedElements start = FailedElements.atStart(events);
        assertThat(start.links()).isEmpty();
        assertThat(start.nodes()).containsExactly(NodeId.of("c"));
        assertThat(start.after(events.get(4)).links()).containsExactly(LinkId.of("2"));
        assertThat(start.blocks(Link.between("x", "a", "c").build())).isTrue();
        assertThat(start.blocks(Link.between("y", "a", "b").build())).isFalse();
        assertThat(FailedElements.NONE.isEmpty()).isTrue();
    }
}
