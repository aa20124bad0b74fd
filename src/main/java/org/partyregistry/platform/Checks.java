package org.partyregistry.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs independent checks of one input and reports every refusal at once, so that a form shows all its faults after
 * one save instead of one per try. One refusal is thrown as it is; several together as one {@link BusinessException}
 * whose field errors are theirs, in the order checked.
 */
public final class Checks {

    private final List<BusinessException> refusals = new ArrayList<>();

    /** Runs the check; a business refusal is kept, anything else passes through. */
    public Checks check(Runnable check) {
        try {
            check.run();
        } catch (BusinessException e) {
            refusals.add(e);
        }
        return this;
    }

    /** True when a check refused: later checks that need its value can be skipped. */
    public boolean refused() {
        return !refusals.isEmpty();
    }

    /** Throws what the checks refused, if anything. */
    public void done() {
        if (refusals.size() == 1) {
            throw refusals.get(0);
        }
        if (!refusals.isEmpty()) {
            throw new Several(List.copyOf(refusals));
        }
    }

    /** Several refusals of one input; its status and key are the first's. */
    static final class Several extends BusinessException {

        private static final long serialVersionUID = 1L;

        private final transient List<BusinessException> refusals;

        Several(List<BusinessException> refusals) {
            super(refusals.get(0).field(), refusals.get(0).key(), refusals.get(0).args());
            this.refusals = refusals;
        }

        @Override
        public int status() {
            return refusals.get(0).status();
        }

        @Override
        public List<FieldError> fieldErrors(Messages messages) {
            return refusals.stream().flatMap(r -> r.fieldErrors(messages).stream()).toList();
        }
    }
}
