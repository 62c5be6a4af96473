package org.transferhub.demo;

import java.util.List;
import org.transferhub.institution.InstitutionType;
import org.transferhub.institution.NewInstitution;

/** Real institutions of SCO countries, named in their own script and in Latin script. */
final class DemoInstitutions {

    static final String RUIJIN = "Ruijin Hospital, Shanghai Jiao Tong University School of Medicine";
    static final String TASHKENT = "Multidisciplinary Clinic of the Tashkent Medical Academy";

    static final List<DemoData.DemoInstitution> ALL = List.of(
            verified("上海交通大学医学院附属瑞金医院", RUIJIN, "CN", InstitutionType.HOSPITAL, "Shanghai",
                    "https://www.rjh.com.cn"),
            verified("北京协和医院", "Peking Union Medical College Hospital", "CN", InstitutionType.HOSPITAL, "Beijing",
                    "https://www.pumch.cn"),
            verified("Toshkent tibbiyot akademiyasi koʻp tarmoqli klinikasi", TASHKENT, "UZ", InstitutionType.HOSPITAL,
                    "Tashkent", "https://tma.uz"),
            verified("Ұлттық ғылыми медициналық орталық", "National Scientific Medical Center", "KZ",
                    InstitutionType.HOSPITAL, "Astana", "https://nnmc.kz"),
            verified("Национальный центр кардиологии и терапии имени академика Мирсаида Миррахимова",
                    "National Center of Cardiology and Internal Medicine named after M. Mirrakhimov", "KG",
                    InstitutionType.HOSPITAL, "Bishkek", null),
            verified("Национальный медицинский исследовательский центр эндокринологии",
                    "Endocrinology Research Centre", "RU", InstitutionType.RESEARCH_INSTITUTE, "Moscow",
                    "https://www.endocrincentr.ru"),
            verified("Белорусский государственный медицинский университет", "Belarusian State Medical University", "BY",
                    InstitutionType.UNIVERSITY, "Minsk", "https://www.bsmu.by"),
            verified("अखिल भारतीय आयुर्विज्ञान संस्थान, नई दिल्ली", "All India Institute of Medical Sciences, New Delhi",
                    "IN", InstitutionType.HOSPITAL, "New Delhi", "https://www.aiims.edu"),
            verified("آغا خان یونیورسٹی ہسپتال", "Aga Khan University Hospital", "PK", InstitutionType.HOSPITAL,
                    "Karachi", "https://hospitals.aku.edu"),
            verified("دانشگاه علوم پزشکی تهران", "Tehran University of Medical Sciences", "IR",
                    InstitutionType.UNIVERSITY, "Tehran", "https://www.tums.ac.ir"),
            pending("Донишгоҳи давлатии тиббии Тоҷикистон ба номи Абӯалӣ ибни Сино",
                    "Avicenna Tajik State Medical University", "TJ", InstitutionType.UNIVERSITY, "Dushanbe",
                    "https://tajmedun.tj"),
            pending("Қарағанды медицина университеті", "Karaganda Medical University", "KZ",
                    InstitutionType.UNIVERSITY, "Karaganda", "https://qmu.edu.kz"));

    private DemoInstitutions() {}

    private static DemoData.DemoInstitution verified(String name, String latin, String country, InstitutionType type,
            String city, String website) {
        return new DemoData.DemoInstitution(new NewInstitution(name, latin, country, type, city, website), true);
    }

    private static DemoData.DemoInstitution pending(String name, String latin, String country, InstitutionType type,
            String city, String website) {
        return new DemoData.DemoInstitution(new NewInstitution(name, latin, country, type, city, website), false);
    }
}
