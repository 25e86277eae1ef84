package org.nettwin.twin.state;

import static java.util.Objects.requireNonNull;

/**
 * How far the twin's prediction for one element is from what the network reports: {@code element} is a link
 * direction ({@code L3:a->b}), {@code measured} and {@code predicted} are utilisations, {@code error} their absolute
 * difference.
 */
public record ElementFidelity(String element, double measured, double predicted, double error) {

    public ElementFidelity {
        requireNonNull(element, "element");
    }
}
