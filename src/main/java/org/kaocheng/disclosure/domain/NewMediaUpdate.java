package org.kaocheng.disclosure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.kaocheng.platform.persistence.VersionedEntity;

/** A day on which a new-media account is known to have posted. */
@Entity
@Table(name = "new_media_update")
public class NewMediaUpdate extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "new_media_update_seq", sequenceName = "new_media_update_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "new_media_update_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private NewMediaAccount account;

    @Column(name = "updated_on", nullable = false)
    private LocalDate updatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10)
    private UpdateSource source;

    protected NewMediaUpdate() {}

    NewMediaUpdate(NewMediaAccount account, LocalDate updatedOn, UpdateSource source) {
        this.account = account;
        this.updatedOn = updatedOn;
        this.source = source == null ? UpdateSource.POST : source;
    }

    @Override
    public Long getId() {
        return id;
    }

    public NewMediaAccount getAccount() {
        return account;
    }

    public LocalDate getUpdatedOn() {
        return updatedOn;
    }

    public UpdateSource getSource() {
        return source;
    }
}
