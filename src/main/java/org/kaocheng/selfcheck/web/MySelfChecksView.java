package org.kaocheng.selfcheck.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kaocheng.selfcheck.application.SelfCheckService;
import org.kaocheng.selfcheck.domain.SelfCheck;

/** The unit operator's own self-checks. */
@Named
@ViewScoped
public class MySelfChecksView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfCheckService selfChecks;

    private List<SelfCheck> mine;

    @PostConstruct
    void init() {
        mine = selfChecks.mine();
    }

    public List<SelfCheck> getMine() {
        return mine;
    }
}
