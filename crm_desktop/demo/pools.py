"""Word pools for demo data: people, companies, products, subjects. Data only, no logic."""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# (male first names, female first names, surnames, how a female surname is formed)
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    "KZ": (
        _w("Айдар Нурлан Ерлан Асхат Данияр Бауыржан Санжар Арман Тимур Ержан Ерболат Мурат"),
        _w("Айгерим Динара Жанар Асель Гульнара Мадина Салтанат Айжан Камила Аружан Жансая"),
        _w("Нурланов Жумабаев Ахметов Касымов Оспанов Тулегенов Абдрахманов Искаков Сейтказиев "
           "Байжанов Муканов Есенов Смагулов Қасымов Әбілов Нұрғалиев"),
        "\u0430",  # Cyrillic "а": a surname stays in one script
    ),
    "AZ": (
        _w("Elçin Rəşad Tofiq Anar Orxan Fərid Samir Rauf Vüqar Tural Şahin"),
        _w("Leyla Günay Aytən Nigar Sevinc Kamalə Aysel Gülnar Şəbnəm Lalə"),
        _w("Məmmədov Əliyev Hüseynov Həsənov Quliyev İsmayılov Abbasov Rəhimov Bağırov Cəfərov"),
        "a",
    ),
    "UA": (
        _w("Олександр Андрій Сергій Дмитро Богдан Тарас Іван Микола Юрій Євген"),
        _w("Оксана Олена Наталія Ірина Юлія Тетяна Марія Соломія Ганна Людмила"),
        _w("Коваленко Шевченко Бондаренко Ткаченко Кравченко Мельник Бойко Олійник Лисенко "
           "Гнатюк Савчук Петренко"),
        "",
    ),
    "MN": (
        _w("Батбаяр Ганбаатар Энхбаяр Мөнхбат Сүхбаатар Болд Төмөрбаатар Ганзориг Баярсайхан"),
        _w("Оюунчимэг Сарангэрэл Номин Энхтуяа Цэцэг Уранчимэг Наранцэцэг Золзаяа Мөнхзул"),
        _w("Дорж Бат-Эрдэнэ Лхагва Пүрэв Цэрэн Гантулга Должин Нямдорж Өлзий Сүрэн"),
        "",
    ),
    "RU": (
        _w("Алексей Игорь Сергей Дмитрий Андрей Михаил Николай Павел Владимир Роман"),
        _w("Елена Ольга Татьяна Анна Марина Светлана Наталья Ирина Екатерина Юлия"),
        _w("Смирнов Иванов Кузнецов Попов Соколов Лебедев Новиков Морозов Волков Зайцев "
           "Степанов Фёдоров"),
        "\u0430",
    ),
}

COMPANY_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    # first words, second words, third (optional) words
    "KZ": (_w("Астана Дала Алтын Сұңқар Жібек Нұр Береке Каспий Тенгри Алатау Арай Шанырақ"),
           _w("Трейд Снаб Строй Логистик Агро Сервис Техно Инвест Групп Энерджи Металл"),
           _w("Плюс Центр Азия Сити Про Юг Қазақстан")),
    "AZ": (_w("Xəzər Qafqaz Araz Şirvan Gəncə Azər Kür Abşeron Qarabağ Göygöl"),
           _w("Ticarət Tikinti Servis Logistika Texnika Aqro İnvest Enerji Qrup"),
           _w("Plus Mərkəz Pro Şərq")),
    "UA": (_w("Дніпро Карпати Поділля Галич Таврія Полісся Київ Слобожанщина Буковина Запоріжжя"),
           _w("Трейд Буд Агро Сервіс Техніка Логістик Інвест Енерго Груп Метал"),
           _w("Плюс Центр Захід Схід Про")),
    "MN": (_w("Хангай Алтай Говь Хэнтий Орхон Сэлэнгэ Тэнгэр Мөнх Эрдэнэ Хөвсгөл"),
           _w("Трейд Констракшн Агро Сервис Техник Логистик Инвест Энержи Групп"),
           _w("Плюс Төв Про")),
    "RU": (_w("Восток Сибирь Урал Волга Приморье Север Байкал Амур Кама Енисей"),
           _w("Снаб Строй Логистик Агро Сервис Техно Инвест Энерго Групп Металл"),
           _w("Плюс Центр Регион Про ДВ")),
}

# Organization legal forms: (Cyrillic or national form, quoting style) and a Latin variant.
LEGAL_FORMS = {
    "KZ": (("ТОО", True), ("АО", True)),
    "AZ": (("MMC", False), ("ASC", False)),
    "UA": (("ТОВ", True), ("ПрАТ", True)),
    "MN": (("ХХК", False),),
    "RU": (("ООО", True), ("АО", True)),
}
PERSON_FORMS = {"KZ": "ИП", "AZ": "", "UA": "ФОП", "MN": "", "RU": "ИП"}
# Latin first words per country: a Kazakh company is not named after Baikal
LATIN_WORDS = {
    "KZ": _w("Astana Dala Altyn Steppe Silk Nur Bereke Caspian Tengri Alatau"),
    "AZ": _w("Caspian Absheron Silk Khazar Gilan Shirvan"),
    "UA": _w("Dnipro Carpathian Polissia Black_Sea Podillia"),
    "MN": _w("Altai Gobi Khangai Steppe Tenger Orkhon"),
    "RU": _w("Baikal Siberia Ural Volga Amur Neva"),
}
LATIN_SECOND = _w("Trade Supply Build Logistics Agro Service Tech Invest Group Energy")
# Where our clients are, in the local script: the city and its region as people there write
# them (Azerbaijani is written in Latin letters). Keyed by the English name in
# services/locale/regions.py CITIES (which keeps the phone plans).
PLACES = {
    "Almaty": ("Алматы", "Алматы"),
    "Astana": ("Астана", "Астана"),
    "Shymkent": ("Шымкент", "Шымкент"),
    "Karaganda": ("Караганда", "Карагандинская область"),
    "Baku": ("Bakı", "Bakı"),
    "Ganja": ("Gəncə", "Gəncə"),
    "Kyiv": ("Київ", "Київ"),
    "Lviv": ("Львів", "Львівська область"),
    "Kharkiv": ("Харків", "Харківська область"),
    "Odesa": ("Одеса", "Одеська область"),
    "Ulaanbaatar": ("Улаанбаатар", "Улаанбаатар"),
    "Moscow": ("Москва", "Москва"),
    "Saint Petersburg": ("Санкт-Петербург", "Санкт-Петербург"),
    "Novosibirsk": ("Новосибирск", "Новосибирская область"),
    "Yekaterinburg": ("Екатеринбург", "Свердловская область"),
    "Vladivostok": ("Владивосток", "Приморский край"),
}
# The first two digits of a Russian INN are the tax office's region: the company's city
RU_INN_REGIONS = {"Moscow": "77", "Saint Petersburg": "78", "Novosibirsk": "54",
                  "Yekaterinburg": "66", "Vladivostok": "25"}
# Top-level domains of a company's own site, and the mail services people use, per country
COUNTRY_DOMAINS = {"KZ": "kz", "AZ": "az", "UA": "com.ua", "MN": "mn", "RU": "ru"}
PERSONAL_MAIL = {"KZ": ("mail.ru", "gmail.com", "inbox.kz"), "AZ": ("gmail.com", "mail.az"),
                 "UA": ("gmail.com", "ukr.net", "i.ua"), "MN": ("gmail.com", "yahoo.com"),
                 "RU": ("mail.ru", "yandex.ru", "gmail.com")}
LATIN_FORMS = {"KZ": "LLP", "AZ": "LLC", "UA": "LLC", "MN": "LLC", "RU": "LLC"}

POSITIONS = _w("Директор Гл.бухгалтер Менеджер_по_закупкам Инженер Снабженец Руководитель_ИТ "
               "Коммерческий_директор Офис-менеджер Логист")
SOURCES = _w("website referral exhibition cold_call advertising partner repeat")
TAGS = _w("VIP опт розница госсектор дилер новый ключевой")

CATEGORIES = (
    # (name, kind, children)
    ("Комплектующие", "component", _w("Процессоры Оперативная_память Накопители_SSD "
                                      "Блоки_питания Видеокарты")),
    ("Товары", "product", _w("Ноутбуки Мониторы Принтеры_и_МФУ Сетевое_оборудование ИБП")),
    ("Услуги", "service", _w("Монтаж_и_настройка Сервисное_обслуживание Доставка")),
)
PRODUCT_TEMPLATES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...], int, int]] = {
    # category: (singular name, brands, models, min price, max price) in KZT; where brands is
    # empty each model names its maker, so no "AMD Core i7" is ever made up. Each category has
    # at least a dozen distinct names (with VARIANTS), so the small demo never repeats one.
    "Процессоры": ("Процессор", (), _w("Intel_Core_i3-13100 Intel_Core_i5-13400 Intel_Core_i7-13700 AMD_Ryzen_5_7600 AMD_Ryzen_7_7700 AMD_Ryzen_9_7900 Intel_Xeon_E-2334"), 45_000, 320_000),
    "Оперативная память": ("Память", (), _w("Kingston_DDR4_8GB Kingston_DDR4_16GB Crucial_DDR5_16GB Crucial_DDR5_32GB Samsung_DDR4_16GB Samsung_DDR5_32GB"), 9_000, 70_000),
    "Накопители SSD": ("SSD", (), _w("Samsung_990_EVO_1TB Samsung_870_EVO_500GB Kingston_NV2_1TB Kingston_A400_480GB WD_Blue_SN580_1TB Crucial_P3_2TB Samsung_990_PRO_2TB Kingston_KC3000_1TB WD_Black_SN770_1TB Crucial_MX500_1TB ADATA_Legend_850_1TB Transcend_MTE220S_512GB"), 14_000, 120_000),
    "Блоки питания": ("Блок питания", (), _w("Chieftec_Proton_650W Chieftec_Polaris_850W Be_quiet!_Pure_Power_12_750W Seasonic_Focus_GX-750 Seasonic_Core_GM-500 Chieftec_Proton_750W DeepCool_PK650D DeepCool_PQ850M Corsair_RM750e Corsair_CX650 Be_quiet!_System_Power_10_550W Thermaltake_Smart_600W"), 18_000, 95_000),
    "Видеокарты": ("Видеокарта", (), _w("ASUS_Dual_RTX_4060 MSI_Ventus_RTX_4070 Gigabyte_Gaming_RX_7600 ASUS_TUF_RX_7800_XT MSI_Gaming_X_RTX_4060_Ti Palit_Dual_RTX_4060 Gigabyte_Eagle_RTX_4070_Super Sapphire_Pulse_RX_7700_XT ASUS_Prime_RTX_4060_Ti PowerColor_Fighter_RX_7600 MSI_Ventus_RTX_3050 Zotac_Twin_Edge_RTX_4060"), 150_000, 450_000),
    "Ноутбуки": ("Ноутбук", (), _w("Lenovo_ThinkPad_E14 Lenovo_IdeaPad_5 HP_ProBook_450_G10 HP_EliteBook_840 Dell_Latitude_5540 Dell_Vostro_3520 ASUS_VivoBook_15 ASUS_ExpertBook_B1 Acer_Aspire_5 Acer_TravelMate_P2"), 280_000, 900_000),
    "Мониторы": ("Монитор", (), _w('Samsung_24"_S24C310 Samsung_27"_S27C390 LG_27"_27UP850 LG_24"_24MP400 Dell_27"_P2723D Dell_24"_P2423H Philips_27"_275V8LA AOC_24"_24B2XH AOC_27"_Q27P2Q Xiaomi_27"_A27i ViewSonic_24"_VA2432-H Samsung_32"_S32C390'), 55_000, 320_000),
    "Принтеры и МФУ": ("МФУ", (), _w("HP_LaserJet_M211dw HP_LaserJet_Pro_M428fdn Canon_i-SENSYS_MF443dw Kyocera_ECOSYS_M2540dn Brother_DCP-L2540DN HP_Laser_MFP_135w Canon_i-SENSYS_MF275dw Pantum_M6700DW Xerox_B225 Epson_L3250 Epson_L6270 Brother_MFC-L2740DW"), 70_000, 380_000),
    "Сетевое оборудование": ("", (), _w("Маршрутизатор_MikroTik_hAP_ax2 Коммутатор_MikroTik_CRS326-24G Маршрутизатор_TP-Link_Archer_AX55 Коммутатор_TP-Link_TL-SG1024D Коммутатор_Cisco_Catalyst_1000-24T Точка_доступа_Ubiquiti_UniFi_U6_Lite Маршрутизатор_MikroTik_hEX_S Mesh-система_TP-Link_Deco_X50 Маршрутизатор_Keenetic_Giga Коммутатор_Cisco_CBS250-24T Точка_доступа_Ubiquiti_UniFi_U6_Pro Коммутатор_D-Link_DGS-1100-16"), 20_000, 600_000),
    "ИБП": ("ИБП", (), _w("APC_Back-UPS_650 APC_Smart-UPS_1500 Eaton_9E_3000 Eaton_5E_1100 Ippon_Innova_G2_3000 APC_Back-UPS_Pro_900 Ippon_Back_Basic_850 Powercom_Raptor_RPT-1000A Eaton_Ellipse_ECO_650 CyberPower_UT650EG Ippon_Smart_Winner_II_1500 APC_Easy_UPS_SRV_3000"), 30_000, 700_000),
    "Монтаж и настройка": ("", _w("Монтаж Настройка Пусконаладка"),
                           _w("рабочего_места сервера сети видеонаблюдения"), 8_000, 150_000),
    "Сервисное обслуживание": ("", (), (
        "Абонентское обслуживание, месяц", "Абонентское обслуживание, квартал",
        "Выездное обслуживание, час", "Удалённая поддержка, час", "Диагностика ноутбука",
        "Диагностика принтера", "Заправка картриджа", "Чистка ноутбука от пыли",
        "Установка операционной системы", "Восстановление данных",
        "Обслуживание сервера, месяц", "Ремонт блока питания"), 4_000, 90_000),
    "Доставка": ("", (), (
        "Доставка по городу", "Доставка за город", "Доставка в другой город",
        "Экспресс-доставка", "Доставка до терминала ТК", "Доставка курьером",
        "Подъём на этаж", "Такелажные работы", "Упаковка на паллет", "Обрешётка груза",
        "Страхование груза", "Хранение на складе, сутки"), 3_000, 40_000),
}
# Versions of one model sold as separate products (the name gets ", <variant>")
VARIANTS: dict[str, tuple[str, ...]] = {
    "Процессоры": ("BOX", "OEM"),
    "Оперативная память": ("", "комплект 2 шт."),
    "Ноутбуки": ("8 ГБ/256 ГБ SSD", "16 ГБ/512 ГБ SSD", "32 ГБ/1 ТБ SSD"),
}
# What a category's product photo shows (demo/images.py product_photo)
PHOTO_KINDS = {
    "Процессоры": "component", "Оперативная память": "component",
    "Накопители SSD": "component", "Блоки питания": "psu", "Видеокарты": "card",
    "Ноутбуки": "laptop", "Мониторы": "monitor", "Принтеры и МФУ": "printer",
    "Сетевое оборудование": "network", "ИБП": "ups", "Монтаж и настройка": "service",
    "Сервисное обслуживание": "service", "Доставка": "service",
}

DEAL_TITLES = (
    "Поставка ноутбуков для офиса", "Модернизация серверной", "Оснащение филиала",
    "Годовой контракт на обслуживание", "Закупка мониторов", "Сеть для нового склада",
    "Обновление парка принтеров", "ИБП для серверной", "Рабочие места для колл-центра",
    "Тендер на компьютерную технику", "Комплектующие для сборки ПК", "Видеонаблюдение на объекте",
)
EVENT_SUBJECTS = {
    "call": ("Уточнить потребность", "Напомнить об оплате счёта", "Согласовать сроки поставки",
             "Обсудить скидку на объём", "Узнать решение по КП", "Поздравить с праздником"),
    "meeting": ("Презентация оборудования", "Встреча у клиента", "Демонстрация продукта",
                "Переговоры по договору", "Визит на объект"),
    "email": ("Отправить коммерческое предложение", "Отправить счёт на оплату",
              "Выслать прайс-лист", "Ответ на запрос"),
    "task": ("Подготовить договор поставки", "Подготовить КП", "Проверить остатки на складе",
             "Согласовать спеццену с руководителем"),
    "planned_interaction": ("Повторный контакт", "Плановый звонок клиенту",
                            "Реактивация клиента"),
    "note": ("Заметка после разговора", "Клиент сменил ответственного"),
}
EVENT_CONTENT = (
    "Клиент интересуется поставкой до конца месяца.\nНужен счёт с учётом доставки.",
    "Договорились о встрече на следующей неделе.",
    "Просит скидку 5% при заказе от 10 единиц.",
    "Отправили КП, ждём решения руководства.",
    "Оплата задерживается, обещали до пятницы.",
    "Нужна консультация инженера по совместимости.",
    "Интересуют условия отсрочки платежа.",
    "Клиент доволен последней поставкой.",
)
LOSS_REASONS = ("Цена выше, чем у конкурента", "Нет бюджета", "Сроки поставки",
                "Выбрали другого поставщика", "Проект отложен")
STREETS = {
    "KZ": ("пр. Абая", "ул. Кабанбай батыра", "пр. Достык", "ул. Толе би", "пр. Мангилик Ел"),
    "AZ": ("Nizami küç.", "Azadlıq pr.", "Həsən bəy Zərdabi küç.", "Neftçilər pr."),
    "UA": ("вул. Хрещатик", "просп. Перемоги", "вул. Городоцька", "вул. Сумська"),
    "MN": ("Энхтайвны өргөн чөлөө", "Сөүлийн гудамж", "Чингисийн өргөн чөлөө"),
    "RU": ("ул. Ленина", "пр. Мира", "ул. Светланская", "ул. Тверская", "ул. Красный проспект"),
}
