package org.kaocheng.staff.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.kaocheng.platform.audit.AuditMasked;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.unit.domain.Unit;

/** A person doing disclosure work. Their unit is where they currently (or last) served. */
@Entity
@Table(name = "staff")
@NamedQuery(name = "Staff.byIdCard", query = "SELECT s FROM Staff s WHERE s.idCardNo = :idCardNo")
@NamedQuery(name = "Staff.countByUnit", query = "SELECT COUNT(s) FROM Staff s WHERE s.unit.id = :unitId")
public class Staff extends VersionedEntity {

    @Id
    @SequenceGenerator(name = "staff_seq", sequenceName = "staff_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @NotBlank(message = "{staff.name.required}")
    @Size(max = 50)
    private String name;

    @Size(max = 30)
    @Pattern(regexp = "[0-9+() -]*", message = "{staff.phone.pattern}")
    private String phone;

    @AuditMasked(keepLast = 4)
    @Column(name = "id_card_no")
    private String idCardNo;

    @Column(name = "created_on")
    private LocalDate createdOn;

    protected Staff() {}

    public Staff(Unit unit, String name, String phone, String idCardNo, LocalDate createdOn) {
        this.unit = unit;
        this.name = name;
        this.phone = phone;
        this.idCardNo = idCardNo;
        this.createdOn = createdOn;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public void moveTo(Unit unit) {
        this.unit = unit;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getIdCardNo() {
        return idCardNo;
    }

    public void setIdCardNo(String idCardNo) {
        this.idCardNo = idCardNo;
    }

    /** The ID-card number as lists show it: first 3 and last 4 characters. */
    public String getMaskedIdCardNo() {
        return IdCardNumbers.mask(idCardNo);
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    @Override
    public String toString() {
        return name;
    }
}
