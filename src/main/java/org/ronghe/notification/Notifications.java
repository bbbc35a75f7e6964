package org.ronghe.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Every account's notifications. */
public interface Notifications extends Repository<Notification, Long> {

    Notification save(Notification notification);

    Optional<Notification> findById(Long id);

    Optional<Notification> findByIdAndAccountId(Long id, Long accountId);

    Page<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId, Pageable page);

    Page<Notification> findByAccountIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(Long accountId, Pageable page);

    long countByAccountIdAndReadAtIsNull(Long accountId);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.accountId = :accountId and n.readAt is null")
    int markAllRead(Long accountId, java.time.Instant now);

    @Query("select n from Notification n where n.mail = :mail order by n.id limit 50")
    List<Notification> findTop50ByMail(Notification.Mail mail);

    List<Notification> findByAccountIdAndMailOrderById(Long accountId, Notification.Mail mail);

    @Query("select distinct n.accountId from Notification n where n.mail = :mail")
    List<Long> accountsWith(Notification.Mail mail);
}
