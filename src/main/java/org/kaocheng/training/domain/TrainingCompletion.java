package org.kaocheng.training.domain;

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
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import org.kaocheng.platform.persistence.VersionedEntity;
import org.kaocheng.staff.domain.Staff;
import org.kaocheng.unit.domain.Unit;

/**
 * A completed course (结业): the hours it counts in its year, and a random verification code that
 * the public certificate page checks.
 */
@Entity
@Table(name = "training_completion")
@NamedQuery(
        name = "TrainingCompletion.byCode",
        query = "SELECT c FROM TrainingCompletion c JOIN FETCH c.staff JOIN FETCH c.course JOIN FETCH c.unit"
                + " WHERE c.verificationCode = :code")
@NamedQuery(
        name = "TrainingCompletion.ofEnrolment",
        query = "SELECT c FROM TrainingCompletion c WHERE c.enrolment.id = :enrolmentId")
@NamedQuery(
        name = "TrainingCompletion.ofSession",
        query = "SELECT c FROM TrainingCompletion c WHERE c.enrolment.session.id = :sessionId")
@NamedQuery(
        name = "TrainingCompletion.staffIdsOfCourseInYear",
        query = "SELECT c.staff.id FROM TrainingCompletion c WHERE c.course.id = :courseId AND c.year = :year")
@NamedQuery(
        name = "TrainingCompletion.ofStaff",
        query = "SELECT c FROM TrainingCompletion c WHERE c.staff.id = :staffId ORDER BY c.completedOn DESC")
public class TrainingCompletion extends VersionedEntity {

    /** Crockford's base 32 without look-alikes: codes read aloud or typed from paper stay unambiguous. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final int CODE_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @SequenceGenerator(name = "training_completion_seq", sequenceName = "training_completion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_completion_seq")
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id")
    private TrainingEnrolment enrolment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id")
    private Staff staff;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private TrainingCourse course;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completion_year")
    private int year;

    @Column(name = "hours")
    private BigDecimal hours;

    @Column(name = "induction")
    private boolean induction;

    @Column(name = "verification_code")
    private String verificationCode;

    protected TrainingCompletion() {}

    /** The completion of an enrolment on the session's last day, with the course's hours. */
    public TrainingCompletion(TrainingEnrolment enrolment) {
        TrainingSession session = enrolment.getSession();
        this.enrolment = enrolment;
        this.staff = enrolment.getStaff();
        this.unit = enrolment.getUnit();
        this.course = session.getCourse();
        this.completedOn = session.getEndsOn();
        this.year = completedOn.getYear();
        this.hours = course.getHours();
        this.induction = course.isInduction();
        this.verificationCode = newCode();
    }

    /** 20 symbols of 32: 100 bits from a cryptographic generator, not guessable from other codes. */
    static String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** A code as typed by a person: upper case, without spaces or dashes. */
    public static String normaliseCode(String code) {
        return code == null ? "" : code.trim().toUpperCase().replace("-", "").replace(" ", "");
    }

    @Override
    public Long getId() {
        return id;
    }

    public TrainingEnrolment getEnrolment() {
        return enrolment;
    }

    public Staff getStaff() {
        return staff;
    }

    public Unit getUnit() {
        return unit;
    }

    public TrainingCourse getCourse() {
        return course;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public boolean isInduction() {
        return induction;
    }

    public String getVerificationCode() {
        return verificationCode;
    }
}
