package org.transferhub.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The words of notification emails in the reader's language (zh, ru, en; anything else gets English).
 * A notification's subject key names its kind ({@code transfer.ACCEPTED}, {@code match.NEW_FOR_NEED},
 * {@code search.NEW_LISTING});
 * its text is the feature's own line and its link a portal path.
 */
final class EmailTexts {

    private static final Map<String, Map<String, String>> WORDS = Map.of(
            "en", Map.ofEntries(
                    Map.entry("transfer", "Transfer application update"),
                    Map.entry("match", "New match"),
                    Map.entry("need", "Your need"),
                    Map.entry("search", "New listing for your saved search"),
                    Map.entry("other", "Notification"),
                    Map.entry("digest.DAILY", "Your TransferHub digest for %s: %d unread notifications"),
                    Map.entry("digest.WEEKLY", "Your TransferHub weekly digest (week of %s): %d unread notifications"),
                    Map.entry("greeting", "Hello %s,"),
                    Map.entry("intro", "You have unread notifications on TransferHub:"),
                    Map.entry("open", "Open"),
                    Map.entry("settings", "You receive these emails because of your email frequency setting; change it on your profile page: %s")),
            "ru", Map.ofEntries(
                    Map.entry("transfer", "Обновление заявки на передачу технологии"),
                    Map.entry("match", "Новое совпадение"),
                    Map.entry("need", "Ваша потребность"),
                    Map.entry("search", "Новая технология по сохранённому поиску"),
                    Map.entry("other", "Уведомление"),
                    Map.entry("digest.DAILY", "Сводка TransferHub за %s: непрочитанных уведомлений — %d"),
                    Map.entry("digest.WEEKLY", "Еженедельная сводка TransferHub (неделя с %s): непрочитанных уведомлений — %d"),
                    Map.entry("greeting", "Здравствуйте, %s!"),
                    Map.entry("intro", "У вас есть непрочитанные уведомления в TransferHub:"),
                    Map.entry("open", "Открыть"),
                    Map.entry("settings", "Вы получаете эти письма согласно настройке частоты писем; изменить её можно в профиле: %s")),
            "zh", Map.ofEntries(
                    Map.entry("transfer", "技术转移申请更新"),
                    Map.entry("match", "新的匹配"),
                    Map.entry("need", "您的需求"),
                    Map.entry("search", "保存的搜索有新技术"),
                    Map.entry("other", "通知"),
                    Map.entry("digest.DAILY", "TransferHub 每日摘要（%s）：%d 条未读通知"),
                    Map.entry("digest.WEEKLY", "TransferHub 每周摘要（%s 起的一周）：%d 条未读通知"),
                    Map.entry("greeting", "%s，您好："),
                    Map.entry("intro", "您在 TransferHub 有未读通知："),
                    Map.entry("open", "查看"),
                    Map.entry("settings", "您根据邮件频率设置收到此邮件；可在个人资料页面更改：%s")));

    private final Map<String, String> words;
    private final String baseUrl;

    private EmailTexts(String language, String baseUrl) {
        this.words = WORDS.getOrDefault(language, WORDS.get("en"));
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static EmailTexts of(String language, String baseUrl) {
        return new EmailTexts(language, baseUrl);
    }

    String immediateSubject(Notification n) {
        return "[TransferHub] " + kind(n) + ": " + n.text();
    }

    String immediateBody(Notification n, String displayName) {
        return words.get("greeting").formatted(displayName) + "\n\n" + kind(n) + "\n" + n.text() + "\n\n"
                + words.get("open") + ": " + link(n) + "\n\n-- \n" + words.get("settings").formatted(baseUrl + "/profile")
                + "\n";
    }

    String digestSubject(String frequency, LocalDate periodStart, int count) {
        return "[TransferHub] " + words.get("digest." + frequency).formatted(periodStart, count);
    }

    String digestBody(List<Notification> notifications, String displayName) {
        StringBuilder body = new StringBuilder(words.get("greeting").formatted(displayName)).append("\n\n")
                .append(words.get("intro")).append("\n\n");
        for (Notification n : notifications) {
            body.append("* ").append(kind(n)).append(": ").append(n.text()).append("\n  ").append(link(n)).append("\n");
        }
        return body.append("\n-- \n").append(words.get("settings").formatted(baseUrl + "/profile")).append("\n").toString();
    }

    private String kind(Notification n) {
        String subject = n.subject() == null ? "" : n.subject();
        int dot = subject.indexOf('.');
        return words.getOrDefault(dot < 0 ? subject : subject.substring(0, dot), words.get("other"));
    }

    private String link(Notification n) {
        String path = n.link() == null || n.link().isBlank() ? "/" : n.link();
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
