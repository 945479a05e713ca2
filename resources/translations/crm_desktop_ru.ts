<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CallResultDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="43"/>
        <source>Call result</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="47"/>
        <source>Save result</source>
        <translation>Сохранить результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="48"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="53"/>
        <source>Call with {0} started at {1}. How did it go?</source>
        <translation>Звонок {0} начат в {1}. Каков результат?</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="129"/>
        <source>Product catalogue</source>
        <translation>Каталог товаров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="141"/>
        <source>Code or name</source>
        <translation>Код или название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="144"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="145"/>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="252"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="147"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="148"/>
        <source>Recommended price</source>
        <translation>Рекомендуемая цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="150"/>
        <source>Minimum price</source>
        <translation>Минимальная цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="152"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="158"/>
        <source>&amp;New product</source>
        <translation>&amp;Новый товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="159"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="160"/>
        <source>New &amp;category</source>
        <translation>Новая &amp;категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="161"/>
        <source>&amp;Warehouses…</source>
        <translation>&amp;Склады…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="162"/>
        <source>&amp;Import prices and stock…</source>
        <translation>&amp;Импорт цен и остатков…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="252"/>
        <source>New category</source>
        <translation>Новая категория</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="58"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="58"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryView</name>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="51"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="51"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="52"/>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="63"/>
        <source>A new card has no history yet.</source>
        <translation>У новой карточки ещё нет истории.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="66"/>
        <source>The change history is kept by the team server: sign in to one to see who changed what.</source>
        <translation>Историю изменений хранит командный сервер: войдите на него, чтобы увидеть, кто что изменил.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="69"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="80"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="80"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="81"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="81"/>
        <source>merged</source>
        <translation>объединено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="82"/>
        <source>No changes recorded yet.</source>
        <translation>Изменений пока не записано.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="85"/>
        <source>the program</source>
        <translation>программа</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="96"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="117"/>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="103"/>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="100"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="75"/>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/custom.py" line="63"/>
        <source>Custom fields</source>
        <translation>Доп. поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="55"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="113"/>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="65"/>
        <source>Notes and attachments</source>
        <translation>Заметки и вложения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="67"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="56"/>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="61"/>
        <source>VIP, wholesale</source>
        <translation>VIP, опт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="73"/>
        <source>One phone a line, e.g. +7 727 250 10 20</source>
        <translation>По одному телефону в строке, например +7 727 250 10 20</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="76"/>
        <source>One e-mail a line</source>
        <translation>По одному e-mail в строке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="81"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="82"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="154"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="83"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="84"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="85"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="86"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="87"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="88"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="155"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="89"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="90"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="91"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="92"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="156"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="51"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="93"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="157"/>
        <source>Office phones</source>
        <translation>Телефоны офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="94"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="158"/>
        <source>Office e-mails</source>
        <translation>E-mail офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="41"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="122"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Россия)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="42"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="43"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="45"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="123"/>
        <source>Bank accounts</source>
        <translation>Банковские счета</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="49"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="50"/>
        <source>Account / IBAN</source>
        <translation>Счёт / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="51"/>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="52"/>
        <source>Default</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="56"/>
        <source>Add account</source>
        <translation>Добавить счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="59"/>
        <source>Remove account</source>
        <translation>Удалить счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/custom.py" line="37"/>
        <source>No custom fields yet. An administrator adds them in Settings → Custom fields.</source>
        <translation>Дополнительных полей пока нет. Администратор добавляет их в меню Настройки → Дополнительные поля.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="38"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="86"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="39"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="40"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="42"/>
        <source>Link a partner…</source>
        <translation>Связать с партнёром…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="45"/>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="75"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="85"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="92"/>
        <source>Link a partner</source>
        <translation>Связать с партнёром</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="76"/>
        <source>Partner&apos;s name, tax ID or phone</source>
        <translation>Название, налоговый номер или телефон партнёра</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="82"/>
        <source>No client matches {0}</source>
        <translation>Нет клиента по запросу {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="93"/>
        <source>Relation (e.g. branch of, dealer of)</source>
        <translation>Связь (например, филиал, дилер)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="48"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="50"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="59"/>
        <source>Attach a file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="72"/>
        <source>Save the client first</source>
        <translation>Сначала сохраните клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="79"/>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="103"/>
        <source>The file is missing from the attachment store</source>
        <translation>Файла нет в хранилище вложений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="40"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="40"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="41"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="42"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="44"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="45"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="46"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="59"/>
        <source>Kept beside similar clients:</source>
        <translation>Оставлен рядом с похожими клиентами:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="81"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="124"/>
        <source>Contact {0}</source>
        <translation>Контакт {0}</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="60"/>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="150"/>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="66"/>
        <source>Client name</source>
        <translation>Наименование клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="66"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Office phone</source>
        <translation>Телефон офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Office e-mail</source>
        <translation>E-mail офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Contact: full name</source>
        <translation>Контакт: ФИО</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Contact: first name</source>
        <translation>Контакт: имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Contact: middle name</source>
        <translation>Контакт: отчество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: last name</source>
        <translation>Контакт: фамилия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: position</source>
        <translation>Контакт: должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: phone</source>
        <translation>Контакт: телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="78"/>
        <source>Contact: e-mail</source>
        <translation>Контакт: e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="79"/>
        <source>Contact: birthday</source>
        <translation>Контакт: день рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="79"/>
        <source>Contact: primary</source>
        <translation>Контакт: основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Client ID (groups rows)</source>
        <translation>ID клиента (объединяет строки)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="82"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="85"/>
        <source>CSV, Excel (XLSX) or vCard (VCF)</source>
        <translation>CSV, Excel (XLSX) или vCard (VCF)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="95"/>
        <source>Skip rows of existing clients</source>
        <translation>Пропускать строки существующих клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="96"/>
        <source>Update existing clients</source>
        <translation>Обновлять существующих клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="97"/>
        <source>Create anyway (recorded)</source>
        <translation>Создавать всё равно (с отметкой)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="98"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Импортировать верные строки, даже если в других есть ошибки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="104"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="108"/>
        <source>Cancel import</source>
        <translation>Прервать импорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="115"/>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="118"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="125"/>
        <source>Duplicates:</source>
        <translation>Дубли:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="138"/>
        <source>Choose what each column holds:</source>
        <translation>Укажите, что содержит каждый столбец:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="151"/>
        <source>Clients (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>Клиенты (*.csv *.xlsx *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="169"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: строк — {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="181"/>
        <source>— skip —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="236"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="244"/>
        <source>Imported: {0} clients created, {1} updated, {2} skipped as duplicates, {3} contact persons.</source>
        <translation>Импортировано: создано клиентов {0}, обновлено {1}, пропущено дублей {2}, контактных лиц {3}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="252"/>
        <source>{0} of {1} rows have problems; nothing was imported. Fix the file, or accept a partial import.</source>
        <translation>В {0} из {1} строк есть ошибки; ничего не импортировано. Исправьте файл или разрешите частичный импорт.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="256"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт прерван; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="42"/>
        <source>Choose a client: a day&apos;s client, an event or search</source>
        <translation>Выберите клиента: из клиентов дня, из события или поиском</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="47"/>
        <source>&amp;Call</source>
        <translation>&amp;Позвонить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="48"/>
        <source>&amp;New event</source>
        <translation>&amp;Новое событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="49"/>
        <source>Client &amp;card</source>
        <translation>&amp;Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="50"/>
        <source>E&amp;vents</source>
        <translation>Со&amp;бытия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="51"/>
        <source>&amp;Price</source>
        <translation>&amp;Прайс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="52"/>
        <source>Quick quote for this client</source>
        <translation>Быстрое КП для этого клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="60"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="68"/>
        <source>Client since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="69"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="70"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="71"/>
        <source>Total sales</source>
        <translation>Сумма продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="72"/>
        <source>Debt</source>
        <translation>Долг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="80"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="107"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="82"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="83"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="84"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="85"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="86"/>
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="87"/>
        <source>Time zone unknown</source>
        <translation>Часовой пояс неизвестен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="93"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="98"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="98"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="99"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="99"/>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="104"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="118"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="108"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="109"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="120"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="129"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="130"/>
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Since</source>
        <translation>Клиент с</translation>
    </message>
</context>
<context>
    <name>ClientsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="149"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="155"/>
        <source>Name, tax ID, phone, e-mail…</source>
        <translation>Название, ИНН/БИН, телефон, e-mail…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="168"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="171"/>
        <source>Save as segment…</source>
        <translation>Сохранить как сегмент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="196"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Новый партнёр…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="198"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="199"/>
        <source>&amp;Merge two…</source>
        <translation>&amp;Объединить двух…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="201"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="203"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="219"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="282"/>
        <source>(all)</source>
        <translation>(все)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="265"/>
        <source>(custom field)</source>
        <translation>(доп. поле)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="270"/>
        <source>(no segment)</source>
        <translation>(без сегмента)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="301"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="326"/>
        <source>Save as segment</source>
        <translation>Сохранить как сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="326"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="339"/>
        <source>{0} clients</source>
        <translation>Клиентов: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="388"/>
        <source>Select exactly two clients to merge</source>
        <translation>Выберите ровно двух клиентов для объединения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="402"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="403"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="408"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="411"/>
        <source>{0} rows written to {1}</source>
        <translation>Записано строк: {0} в {1}</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="45"/>
        <source>Company settings</source>
        <translation>Настройки компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="58"/>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="59"/>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="60"/>
        <source>Country (code)</source>
        <translation>Страна (код)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="61"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="61"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="62"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="62"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="63"/>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="64"/>
        <source>Chief accountant</source>
        <translation>Главный бухгалтер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="65"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="66"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="67"/>
        <source>Account / IBAN</source>
        <translation>Счёт / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="67"/>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="68"/>
        <source>Device code for numbers (offline laptops)</source>
        <translation>Код устройства для номеров (ноутбуки без сети)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="75"/>
        <source>Prices include VAT</source>
        <translation>Цены включают НДС</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="77"/>
        <source>Send documents without the last look (straight to the outbox)</source>
        <translation>Отправлять документы без просмотра (сразу в исходящие)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="81"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="89"/>
        <source>Stamp</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="90"/>
        <source>Director&apos;s signature</source>
        <translation>Подпись директора</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="91"/>
        <source>Accountant&apos;s signature</source>
        <translation>Подпись бухгалтера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="92"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="93"/>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="153"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="99"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="119"/>
        <source>Save this template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="122"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="123"/>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="124"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="126"/>
        <source>Placeholders: </source>
        <translation>Подстановки: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="137"/>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="138"/>
        <source>Stamp and signatures</source>
        <translation>Печать и подписи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="139"/>
        <source>E-mail templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="159"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="160"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="39"/>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="41"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="57"/>
        <source>Primary contact</source>
        <translation>Основной контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="61"/>
        <source>One phone a line, e.g. mobile: +7 701 123 45 67</source>
        <translation>По одному телефону в строке, например mobile: +7 701 123 45 67</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="64"/>
        <source>One e-mail a line</source>
        <translation>По одному e-mail в строке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="72"/>
        <source>Link a person…</source>
        <translation>Связать с человеком…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="75"/>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="83"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="84"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="85"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="87"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="88"/>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="89"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="90"/>
        <source>Related persons</source>
        <translation>Связанные люди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="167"/>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="177"/>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="181"/>
        <source>Link a person</source>
        <translation>Связать с человеком</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="168"/>
        <source>Person&apos;s or client&apos;s name, phone…</source>
        <translation>Имя человека или клиента, телефон…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="174"/>
        <source>No person matches {0}</source>
        <translation>Нет человека по запросу {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="177"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="182"/>
        <source>Relation (e.g. reports to, spouse)</source>
        <translation>Связь (например, подчиняется, супруг)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="32"/>
        <source>Custom fields of the client card</source>
        <translation>Дополнительные поля карточки клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="37"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="37"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="37"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Choices (comma-separated)</source>
        <translation>Варианты (через запятую)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="42"/>
        <source>Add field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="45"/>
        <source>Remove field</source>
        <translation>Удалить поле</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="78"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="84"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="92"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="79"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="80"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="83"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="85"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="93"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="86"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="94"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="87"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="91"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="112"/>
        <source>Clients of the day</source>
        <translation>Клиенты дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="113"/>
        <source>Agenda</source>
        <translation>План дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="114"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="133"/>
        <source>Events on {0}: {1}</source>
        <translation>Событий на {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="146"/>
        <source>Overdue: {0}</source>
        <translation>Просрочено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="150"/>
        <source>Overdue ({0})</source>
        <translation>Просрочено ({0})</translation>
    </message>
</context>
<context>
    <name>DealCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="82"/>
        <source>Deal: {0}</source>
        <translation>Сделка: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="93"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="119"/>
        <source>(not set)</source>
        <translation>(не задана)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="123"/>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="128"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="129"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="130"/>
        <source>C&amp;ontact</source>
        <translation>К&amp;онтакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="131"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="132"/>
        <source>&amp;Stage</source>
        <translation>&amp;Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="133"/>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="134"/>
        <source>&amp;Probability</source>
        <translation>&amp;Вероятность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="135"/>
        <source>&amp;Expected close</source>
        <translation>&amp;Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="136"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="137"/>
        <source>So&amp;urce</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="139"/>
        <source>Lost because</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="146"/>
        <source>&amp;Quote…</source>
        <translation>&amp;Предложение…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="158"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="158"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="158"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="158"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="159"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="166"/>
        <source>From {0}: net {1}, VAT {2}, total {3}</source>
        <translation>По {0}: без НДС {1}, НДС {2}, всего {3}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="170"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="176"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="174"/>
        <source>Quotes and invoices</source>
        <translation>Предложения и счета</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="176"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="181"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="194"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="176"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="176"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="178"/>
        <source>Events and e-mails</source>
        <translation>События и письма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="181"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="187"/>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="192"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="194"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="194"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="194"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="195"/>
        <source>Days in previous</source>
        <translation>Дней на прежнем этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="199"/>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>The amount is not a number</source>
        <translation>Сумма — не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="258"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>Перемещена в «{0}», но: {1}</translation>
    </message>
</context>
<context>
    <name>DealsBoard</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="198"/>
        <source>{0} d in stage</source>
        <translation>{0} дн. на этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="203"/>
        <source>next: {0}</source>
        <translation>далее: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="208"/>
        <source>close date passed</source>
        <translation>срок закрытия прошёл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="282"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="324"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="327"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="330"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="333"/>
        <source>Hot or cold</source>
        <translation>Горячие или холодные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="334"/>
        <source>Hot and cold</source>
        <translation>Горячие и холодные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="335"/>
        <source>Hot (≥ {0} %)</source>
        <translation>Горячие (≥ {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="336"/>
        <source>Cold (&lt; {0} %)</source>
        <translation>Холодные (&lt; {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="339"/>
        <source>Won and lost in</source>
        <translation>Выигранные и проигранные за</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="340"/>
        <source>Closed: 7 days</source>
        <translation>Закрытые: 7 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="340"/>
        <source>Closed: 30 days</source>
        <translation>Закрытые: 30 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="341"/>
        <source>Closed: 90 days</source>
        <translation>Закрытые: 90 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="341"/>
        <source>Closed: a year</source>
        <translation>Закрытые: год</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="346"/>
        <location filename="../../crm_desktop/ui/deals/board.py" line="347"/>
        <source>Amount from</source>
        <translation>Сумма от</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="351"/>
        <source>Client…</source>
        <translation>Клиент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="352"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="354"/>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="357"/>
        <source>&amp;Stages…</source>
        <translation>&amp;Этапы…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="396"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="397"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="406"/>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="468"/>
        <source>{0}
{1} · {2}</source>
        <translation>{0}
{1} · {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="471"/>
        <source>(+{0} without rate)</source>
        <translation>(+{0} без курса)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="511"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="513"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="514"/>
        <source>stage {0}, {1} days</source>
        <translation>этап {0}, {1} дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="516"/>
        <source>responsible {0}</source>
        <translation>ответственный {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="518"/>
        <source>next: {0} on {1}</source>
        <translation>далее: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="522"/>
        <source>overdue</source>
        <translation>просрочена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="548"/>
        <source>Open the deal card</source>
        <translation>Открыть карточку сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="549"/>
        <source>Next stage	Ctrl+Right</source>
        <translation>Следующий этап	Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="550"/>
        <source>Previous stage	Ctrl+Left</source>
        <translation>Предыдущий этап	Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="551"/>
        <source>Move to</source>
        <translation>Переместить в</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="584"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>Перемещена в «{0}», но: {1}</translation>
    </message>
</context>
<context>
    <name>DealsListWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="38"/>
        <source>Deals — list</source>
        <translation>Сделки — список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="42"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="43"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="44"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="45"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="47"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="49"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="50"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="52"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="53"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="66"/>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="98"/>
        <source>{0} deals</source>
        <translation>Сделок: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="99"/>
        <source>The first {0} deals (the export writes all)</source>
        <translation>Первые {0} сделок (выгрузка пишет все)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="109"/>
        <source>Export deals</source>
        <translation>Выгрузить сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="110"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="124"/>
        <source>{0} deals written to {1}</source>
        <translation>Сделок записано в {1}: {0}</translation>
    </message>
</context>
<context>
    <name>DeskOrders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="78"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="83"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="84"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="85"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="86"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="98"/>
        <source>Overdue orders</source>
        <translation>Просроченные заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="104"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="105"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="106"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="108"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="111"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="128"/>
        <source>Deals and orders</source>
        <translation>Сделки и заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="158"/>
        <source>Overdue orders: {0}</source>
        <translation>Просрочено заказов: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="162"/>
        <source>Orders ({0})</source>
        <translation>Заказы ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="187"/>
        <source>Deals and orders ({0}/{1})</source>
        <translation>Сделки и заказы ({0}/{1})</translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="188"/>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="192"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="189"/>
        <source>This contact person has no phone number.</source>
        <translation>У этого контактного лица нет телефона.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="193"/>
        <source>No program on this computer makes calls for {0} links. Install a softphone or choose another link type in the settings.</source>
        <translation>На этом компьютере нет программы для звонков по ссылкам {0}. Установите софтфон или выберите другой тип ссылок в настройках.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="56"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="61"/>
        <source>These clients look like the one you are saving. Open the existing one, or save anyway (your decision is recorded).</source>
        <translation>Эти клиенты похожи на сохраняемого. Откройте существующего или сохраните всё равно (решение будет записано).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="69"/>
        <source>Open existing</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="72"/>
        <source>Save anyway</source>
        <translation>Сохранить всё равно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="74"/>
        <source>Back to the card</source>
        <translation>Вернуться к карточке</translation>
    </message>
</context>
<context>
    <name>EmailComposerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="40"/>
        <source>E-mail — {0}</source>
        <translation>Письмо — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="48"/>
        <source>Add a contact&apos;s address…</source>
        <translation>Добавить адрес контакта…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="61"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="65"/>
        <source>Attachment: {0} ({1} KB)</source>
        <translation>Вложение: {0} ({1} КБ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="70"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="73"/>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="81"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="82"/>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="83"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="62"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="62"/>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="83"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="103"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="104"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="105"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="106"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="107"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="108"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="109"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="110"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="111"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="112"/>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="178"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="114"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="121"/>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="124"/>
        <source>Cancel &amp;event</source>
        <translation>Отменить &amp;событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="136"/>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="138"/>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="140"/>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="141"/>
        <source>{0} min before</source>
        <translation>За {0} мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="177"/>
        <source>Complete the event</source>
        <translation>Завершение события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="183"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="184"/>
        <source>Plan the next step with this client?</source>
        <translation>Запланировать следующий шаг с этим клиентом?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="217"/>
        <source>Cancel the event</source>
        <translation>Отмена события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="217"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>EventsReportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="40"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="44"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="45"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="46"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="47"/>
        <source>Current client</source>
        <translation>Текущий клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="48"/>
        <source>By type, last 90 days</source>
        <translation>По типу, последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="54"/>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="58"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="59"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="60"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="61"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="62"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="63"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="64"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="92"/>
        <source>{0} events</source>
        <translation>Событий: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="100"/>
        <source>Export events</source>
        <translation>Экспорт событий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="101"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FinanceTab</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="25"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="35"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="26"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="36"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="42"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="27"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="37"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="43"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="28"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="29"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="38"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="30"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="32"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="39"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="45"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="44"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="46"/>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="58"/>
        <source>Invoices for payment</source>
        <translation>Счета на оплату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="59"/>
        <source>Sales (shipments)</source>
        <translation>Продажи (отгрузки)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="60"/>
        <source>Payments received</source>
        <translation>Поступления оплат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="70"/>
        <source>Register &amp;payment…</source>
        <translation>Зарегистрировать &amp;оплату…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="96"/>
        <source>Invoiced: {0}</source>
        <translation>Выставлено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="98"/>
        <source>overdue invoices: {0}</source>
        <translation>просроченных счетов: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="100"/>
        <source>Shipped: {0}</source>
        <translation>Отгружено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="102"/>
        <source>Paid: {0}</source>
        <translation>Оплачено: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="39"/>
        <source>Welcome to CRM Desktop</source>
        <translation>Добро пожаловать в CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="50"/>
        <source>This database is empty. Try the program on realistic demo data, or start with your own company.</source>
        <translation>База данных пуста. Попробуйте программу на демонстрационных данных или начните работу со своей компанией.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="54"/>
        <source>Create demo data</source>
        <translation>Создать демо-данные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="57"/>
        <source>Start with my company…</source>
        <translation>Начать со своей компанией…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="85"/>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="86"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="87"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="88"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="91"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="22"/>
        <source>Search clients, contacts, phones, e-mails, tax IDs (Ctrl+K)</source>
        <translation>Поиск клиентов, контактов, телефонов, e-mail, ИНН/БИН (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="23"/>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="30"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="33"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="36"/>
        <source>Why was «{0}» lost?</source>
        <translation>Почему проиграна «{0}»?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="37"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="38"/>
        <source>&amp;Comment</source>
        <translation>&amp;Комментарий</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="50"/>
        <source>CRM Desktop — {0}</source>
        <translation>CRM Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="70"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="71"/>
        <source>&amp;Backup now</source>
        <translation>&amp;Резервная копия сейчас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="76"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="83"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="88"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="89"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="93"/>
        <source>Product &amp;catalogue</source>
        <translation>&amp;Каталог товаров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="103"/>
        <source>&amp;Deals board</source>
        <translation>&amp;Доска сделок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="108"/>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="113"/>
        <source>C&amp;lients</source>
        <translation>К&amp;лиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="114"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Новый партнёр…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="120"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="128"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="130"/>
        <source>Custom &amp;fields…</source>
        <translation>&amp;Дополнительные поля…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="134"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="143"/>
        <source>&amp;Company…</source>
        <translation>&amp;Компания…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Mail server…</source>
        <translation>&amp;Почтовый сервер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="153"/>
        <source>&amp;Telephony links</source>
        <translation>&amp;Ссылки для звонков</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="156"/>
        <source>tel: (system default)</source>
        <translation>tel: (по умолчанию в системе)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="157"/>
        <source>sip: (SIP softphone)</source>
        <translation>sip: (SIP-софтфон)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="158"/>
        <source>callto: (Skype and others)</source>
        <translation>callto: (Skype и другие)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="167"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;О программе CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="172"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="175"/>
        <source>User: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="194"/>
        <source>Outbox: {0}</source>
        <translation>Исходящие: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="196"/>
        <source>not delivered: {0}</source>
        <translation>не доставлено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="199"/>
        <source>Mail that failed, was partly sent or may not have reached the server: View → Outbox</source>
        <translation>Письма, которые не ушли, ушли не всем или могли не дойти до сервера: Вид → Исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="212"/>
        <source>Messages not delivered as they should: {0}. The outbox shows why; nothing is sent again without you.</source>
        <translation>Письма, не доставленные как следует: {0}. В исходящих видно почему; без вас ничего не отправляется повторно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="216"/>
        <source>Mail not delivered</source>
        <translation>Письма не доставлены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="219"/>
        <source>Open the &amp;outbox</source>
        <translation>Открыть &amp;исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="222"/>
        <source>Mail server &amp;settings…</source>
        <translation>&amp;Настройки почтового сервера…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="290"/>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="293"/>
        <source>Backup saved to {0}</source>
        <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="304"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="308"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="305"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Резервные копии (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="309"/>
        <source>Replace everything in {0} with the backup {1}? The current content is backed up first.</source>
        <translation>Заменить всё содержимое {0} резервной копией {1}? Текущее содержимое сначала будет сохранено в копию.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="325"/>
        <source>Restored from {0}; the previous content is in {1}</source>
        <translation>Восстановлено из {0}; прежнее содержимое сохранено в {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="351"/>
        <source>The search index could not be built: {0}</source>
        <translation>Не удалось построить поисковый индекс: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="358"/>
        <source>Daily backup saved to {0}</source>
        <translation>Ежедневная резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="364"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="365"/>
        <source>The database {0} is damaged ({1}). Keep working only to look things up, and restore the latest backup: File → Restore from backup….</source>
        <translation>База данных {0} повреждена ({1}). Работайте с ней только для просмотра и восстановите последнюю резервную копию: Файл → Восстановить из резервной копии….</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="375"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="376"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="379"/>
        <source>About CRM Desktop</source>
        <translation>О программе CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="380"/>
        <source>CRM Desktop {0}
The sales desk for sales teams.
Database: {1}</source>
        <translation>CRM Desktop {0}
Рабочий стол менеджера по продажам.
База данных: {1}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="72"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="140"/>
        <source>Merge two clients</source>
        <translation>Объединение двух клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="77"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="77"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="78"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="78"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="79"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="79"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="80"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="80"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="80"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="81"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="81"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Россия)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="59"/>
        <source>One of the clients no longer exists</source>
        <translation>Одного из клиентов больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Оставить&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="104"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="132"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="112"/>
        <source>Contacts, events, deals, documents, payments and attachments of both move to the client you keep. The other is kept as merged, so later imports meet the survivor.</source>
        <translation>Контакты, события, сделки, документы, платежи и вложения обоих переходят к оставленному клиенту. Второй сохраняется как объединённый, и последующие импорты находят оставленного.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="119"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="141"/>
        <source>Merge {0} into {1}? This cannot be undone from here.</source>
        <translation>Объединить {0} с {1}? Отменить это здесь нельзя.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="37"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="45"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="46"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="47"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="48"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="49"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="84"/>
        <source>Find the client…</source>
        <translation>Найдите клиента…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="97"/>
        <source>(not set)</source>
        <translation>(не задан)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="104"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="127"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="105"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="106"/>
        <source>C&amp;ontact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="107"/>
        <source>&amp;Due date</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="108"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="109"/>
        <source>Co&amp;mment</source>
        <translation>Ко&amp;мментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="115"/>
        <source>E-mail the client about the new status</source>
        <translation>Сообщить клиенту о новом статусе по e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="125"/>
        <source>&amp;Lines</source>
        <translation>&amp;Строки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="127"/>
        <source>Shipped on</source>
        <translation>Дата отгрузки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="127"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="127"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="197"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="130"/>
        <source>Record &amp;shipment of what is left</source>
        <translation>&amp;Отгрузить остаток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="135"/>
        <source>S&amp;hipments</source>
        <translation>О&amp;тгрузки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>To</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="138"/>
        <source>Histor&amp;y</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="143"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="161"/>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="162"/>
        <source>(given when saved)</source>
        <translation>(будет присвоен при сохранении)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="186"/>
        <source>Add a product from the catalogue: code or name…</source>
        <translation>Добавить товар из каталога: код или название…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="187"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="196"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="196"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="196"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="196"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="197"/>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="197"/>
        <source>VAT, %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Order {0}</source>
        <translation>Заказ {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>{0} of {1}</source>
        <translation>{0} от {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="249"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="252"/>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="254"/>
        <source>overdue since {0}</source>
        <translation>просрочен с {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="296"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="402"/>
        <source>Total {0}, VAT {1}</source>
        <translation>Итого {0}, НДС {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="408"/>
        <source>Choose the client first</source>
        <translation>Сначала выберите клиента</translation>
    </message>
</context>
<context>
    <name>OrdersWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="52"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="64"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="65"/>
        <source>Open (not delivered or cancelled)</source>
        <translation>Открытые (не доставлены и не отменены)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>Только &amp;просроченные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="70"/>
        <source>&amp;Mine</source>
        <translation>&amp;Мои</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="76"/>
        <source>Number or client…</source>
        <translation>Номер или клиент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="78"/>
        <source>&amp;New order…</source>
        <translation>&amp;Новый заказ…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="83"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="85"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="135"/>
        <source>(any)</source>
        <translation>(любая)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="169"/>
        <source>{0} orders, {1} overdue</source>
        <translation>Заказов: {0}, просрочено: {1}</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="33"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="36"/>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="68"/>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="37"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="40"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="41"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="42"/>
        <source>Attempts</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="43"/>
        <source>Server&apos;s answer</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="47"/>
        <source>Show sent mail</source>
        <translation>Показать отправленные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="52"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="53"/>
        <source>&amp;Cancel message</source>
        <translation>&amp;Отменить письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="54"/>
        <source>Open in mail &amp;client</source>
        <translation>Открыть в &amp;почтовой программе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="68"/>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="69"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="70"/>
        <source>Will retry</source>
        <translation>Повторится</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="71"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="72"/>
        <source>Interrupted: check before resending</source>
        <translation>Прервано: проверьте перед повторной отправкой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Partly sent: some addresses refused</source>
        <translation>Отправлено частично: часть адресов отклонена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="74"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="75"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="34"/>
        <source>Payment for {0}</source>
        <translation>Оплата по {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="47"/>
        <source>Outstanding</source>
        <translation>К оплате осталось</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="48"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="49"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="50"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="51"/>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>PriceImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="45"/>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="111"/>
        <source>Import prices and stock</source>
        <translation>Импорт цен и остатков</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="52"/>
        <source>Product code</source>
        <translation>Код товара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="52"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Minimum price</source>
        <translation>Минимальная цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="55"/>
        <source>Price: {0}</source>
        <translation>Цена: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="57"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="59"/>
        <source>CSV or XLSX from the accounting system</source>
        <translation>CSV или XLSX из учётной системы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="75"/>
        <source>— from the file —</source>
        <translation>— из файла —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="78"/>
        <source>Stock goes to</source>
        <translation>Остатки — на склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="79"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Импортировать верные строки, даже если в других есть ошибки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="81"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="88"/>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="112"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="129"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: строк — {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="139"/>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="173"/>
        <source>Imported: {0} products updated, {1} stock levels set.</source>
        <translation>Импортировано: обновлено товаров — {0}, остатков — {1}.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="69"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="69"/>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="87"/>
        <source>Active (offered in quotes)</source>
        <translation>Активен (предлагается в КП)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="91"/>
        <source>Price type</source>
        <translation>Тип цены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="91"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="100"/>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="100"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="137"/>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="111"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="119"/>
        <source>Choose photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="127"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="128"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="129"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="130"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="131"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="132"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="201"/>
        <source>Recommended price</source>
        <translation>Рекомендуемая цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="133"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="202"/>
        <source>Minimum price</source>
        <translation>Минимальная цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="134"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="203"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="136"/>
        <source>Prices by type</source>
        <translation>Цены по типам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="138"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="173"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="174"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>QuickQuoteDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="96"/>
        <source>Quick quote — {0}</source>
        <translation>Быстрое КП — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="151"/>
        <source>&amp;Terms…</source>
        <translation>&amp;Условия…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="163"/>
        <source>Code or name; Enter adds, ↓ goes to the list</source>
        <translation>Код или название; Enter — добавить, ↓ — к списку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="172"/>
        <source>All products</source>
        <translation>Все товары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="193"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="194"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="195"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="199"/>
        <source>Total stock</source>
        <translation>Всего на складах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="200"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="202"/>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="212"/>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="416"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="241"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="242"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="243"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="244"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="245"/>
        <source>Price paid</source>
        <translation>Цена продажи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="274"/>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="276"/>
        <source>Send &amp;quote</source>
        <translation>Отправить &amp;КП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="278"/>
        <source>&amp;Sell: send invoice</source>
        <translation>&amp;Продать: отправить счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="122"/>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="320"/>
        <source>The new terms apply from the next quote; this one keeps its prices.</source>
        <translation>Новые условия действуют со следующего КП; в этом цены остаются прежними.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="333"/>
        <source>Price type: {0} · discount {1} % · {2} · payment in {3} days</source>
        <translation>Тип цены: {0} · скидка {1} % · {2} · оплата за {3} дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="427"/>
        <source>Past deals of the client ({0})</source>
        <translation>Прошлые сделки клиента ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="433"/>
        <source>Past deals of the client: {0} ({1})</source>
        <translation>Прошлые сделки клиента: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="434"/>
        <source>No past deals for {0}</source>
        <translation>Нет прошлых сделок по {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="450"/>
        <source>That deal was in {0}; this quote is in {1}.</source>
        <translation>Та сделка была в {0}; это предложение — в {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="455"/>
        <source>{0} is no longer in the catalogue.</source>
        <translation>{0} больше нет в каталоге.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="472"/>
        <source>{0}: only {1} in stock.</source>
        <translation>{0}: на складе только {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="481"/>
        <source>Net: {0}</source>
        <translation>Без НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="484"/>
        <source>VAT: {0}</source>
        <translation>НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="486"/>
        <source>Total: {0}</source>
        <translation>Итого: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="491"/>
        <source>Quick quote</source>
        <translation>Быстрое КП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="499"/>
        <source>Price below the minimum</source>
        <translation>Цена ниже минимальной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="500"/>
        <source>Some prices are below the minimum. Your reason for approving them:</source>
        <translation>Некоторые цены ниже минимальных. Причина согласования:</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>Discount %</source>
        <translation>Скидка %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="103"/>
        <source>Below the minimum price {0}</source>
        <translation>Ниже минимальной цены {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="106"/>
        <source>Only {0} in stock</source>
        <translation>На складе только {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="137"/>
        <source>{0}: only {1} in stock; the quote keeps {2}.</source>
        <translation>{0}: на складе только {1}; в предложении остаётся {2}.</translation>
    </message>
</context>
<context>
    <name>RegistrationAssistant</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="65"/>
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="86"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="87"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="88"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="89"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="90"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="91"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="92"/>
        <source>Type the name, tax ID, phone or e-mail.</source>
        <translation>Введите название, налоговый номер, телефон или e-mail.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="97"/>
        <source>Open existing</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="101"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="105"/>
        <source>Full card…</source>
        <translation>Полная карточка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="149"/>
        <source>Already known? {0} similar client(s) below.</source>
        <translation>Уже есть? Похожих клиентов ниже: {0}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="152"/>
        <source>No similar client found.</source>
        <translation>Похожих клиентов не найдено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="173"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="174"/>
        <source>{0} looks like a client we already have. Create anyway? Your decision is recorded.</source>
        <translation>{0} похож на уже существующего клиента. Создать всё равно? Решение будет записано.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="40"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="43"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="44"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="45"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="48"/>
        <source>&amp;Snooze 10 min</source>
        <translation>&amp;Отложить на 10 мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="50"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="52"/>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="70"/>
        <source>{0} reminders</source>
        <translation>Напоминаний: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="110"/>
        <source>CRM Desktop reminder</source>
        <translation>Напоминание CRM Desktop</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="35"/>
        <source>Sign in to a team server</source>
        <translation>Вход на командный сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="41"/>
        <source>server:8443</source>
        <translation>сервер:8443</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="47"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="53"/>
        <source>It is the fingerprint the server printed</source>
        <translation>Это отпечаток, который показал сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="61"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="63"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="64"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="67"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="94"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="109"/>
        <source>The server&apos;s certificate is trusted by this computer.</source>
        <translation>Этот компьютер доверяет сертификату сервера.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="113"/>
        <source>Certificate accepted earlier, SHA-256:
{0}</source>
        <translation>Сертификат, принятый ранее, SHA-256:
{0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="117"/>
        <source>First connection to this server. Compare its certificate&apos;s SHA-256 fingerprint with the one the server printed when it started:
{0}</source>
        <translation>Первое подключение к этому серверу. Сравните SHA-256-отпечаток его сертификата с тем, который сервер показал при запуске:
{0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="137"/>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="28"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="126"/>
        <source>Mail server</source>
        <translation>Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="36"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="36"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="37"/>
        <source>None (unencrypted)</source>
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="46"/>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation>хранится в системном хранилище паролей; пусто — оставить прежний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="51"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="52"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="53"/>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="55"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="56"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="57"/>
        <source>From (address)</source>
        <translation>От кого (адрес)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="58"/>
        <source>From (name)</source>
        <translation>От кого (имя)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="61"/>
        <source>Send a &amp;test e-mail</source>
        <translation>Отправить &amp;тестовое письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="75"/>
        <source>Without encryption the password and the mail travel in clear text.</source>
        <translation>Без шифрования пароль и письма передаются открытым текстом.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="84"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="90"/>
        <source>Sent to {0}.</source>
        <translation>Отправлено на {0}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="91"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="96"/>
        <source>Not sent: {0}</source>
        <translation>Не отправлено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="127"/>
        <source>There is no secure keychain on this computer (only {0}, which would keep the password readable in a file), so the password cannot be stored.

Use it for this session only? It is asked again after the next start. To store it, install a keychain service (GNOME Keyring or KWallet) and save it again.</source>
        <translation>На этом компьютере нет надёжного хранилища паролей (есть только {0}, где пароль лежал бы в файле в читаемом виде), поэтому пароль нельзя сохранить.

Использовать его только в этом сеансе? После следующего запуска его спросят снова. Чтобы сохранить пароль, установите службу хранения паролей (GNOME Keyring или KWallet) и сохраните его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="133"/>
        <source>Use for this &amp;session only</source>
        <translation>Только для этого &amp;сеанса</translation>
    </message>
</context>
<context>
    <name>StageEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="43"/>
        <source>Pipelines and stages</source>
        <translation>Воронки и этапы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="48"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="138"/>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="49"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="141"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="50"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="142"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="51"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="143"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="62"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="69"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="62"/>
        <source>Probability, %</source>
        <translation>Вероятность, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="62"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="63"/>
        <source>Required to enter (comma-separated)</source>
        <translation>Обязательно для входа (через запятую)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="68"/>
        <source>&amp;Add stage</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="70"/>
        <source>&amp;Remove stage</source>
        <translation>&amp;Удалить этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="72"/>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="74"/>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="76"/>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Новая воронка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="94"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="95"/>
        <source>&amp;Mode</source>
        <translation>&amp;Режим</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="100"/>
        <source>Fields a stage can require: {0}</source>
        <translation>Поля, которые этап может требовать: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="101"/>
        <source>Loss reasons, one a line:</source>
        <translation>Причины проигрыша, по одной в строке:</translation>
    </message>
</context>
<context>
    <name>TeamControls</name>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="39"/>
        <source>&amp;Team</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="41"/>
        <source>Sign in to a team server…</source>
        <translation>Войти на командный сервер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="44"/>
        <source>Switch user…</source>
        <translation>Сменить пользователя…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="47"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="50"/>
        <source>Users…</source>
        <translation>Пользователи…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="59"/>
        <source>Team: connecting…</source>
        <translation>Команда: подключение…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="76"/>
        <source>Team: {0} ({1}) on {2}</source>
        <translation>Команда: {0} ({1}) на {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="80"/>
        <source>Team: signed out — working on this computer</source>
        <translation>Команда: вход не выполнен — работа на этом компьютере</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="33"/>
        <source>Terms of sale — {0}</source>
        <translation>Условия продажи — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="55"/>
        <source>Price type</source>
        <translation>Тип цены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="56"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="57"/>
        <source>Payment days</source>
        <translation>Дней на оплату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="58"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="64"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="67"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="67"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="67"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="74"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="75"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="76"/>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="77"/>
        <source>Reset password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="78"/>
        <source>Change role…</source>
        <translation>Сменить роль…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="120"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="120"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="151"/>
        <source>Reset password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="152"/>
        <source>New password for {0}:</source>
        <translation>Новый пароль для {0}:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="162"/>
        <source>Change role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="163"/>
        <source>Role of {0}:</source>
        <translation>Роль пользователя {0}:</translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="79"/>
        <source>Warehouses</source>
        <translation>Склады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="84"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="84"/>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="89"/>
        <source>&amp;Add warehouse</source>
        <translation>&amp;Добавить склад</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="42"/>
        <source> (process {0} on {1})</source>
        <translation> (процесс {0} на {1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="44"/>
        <source>The database {0} is already open in CRM Desktop{1}. Switch to that window, or close it and start again.</source>
        <translation>База данных {0} уже открыта в CRM Desktop{1}. Перейдите в то окно или закройте его и запустите программу снова.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="59"/>
        <location filename="../../crm_desktop/ui/app.py" line="63"/>
        <location filename="../../crm_desktop/ui/app.py" line="82"/>
        <location filename="../../crm_desktop/ui/app.py" line="101"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="64"/>
        <source>The database {0} is on a network share. SQLite&apos;s locking over SMB is not reliable and shared use can damage the file. For a team, use a PostgreSQL server (crm-desktop --db postgresql+psycopg://…).</source>
        <translation>База данных {0} находится в сетевой папке. Блокировки SQLite по SMB ненадёжны, и совместная работа может повредить файл. Для команды используйте сервер PostgreSQL (crm-desktop --db postgresql+psycopg://…).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="83"/>
        <source>If the file is damaged, restore the latest backup: crm-desktop db restore BACKUP-FILE (backups are in the backups folder beside the database).</source>
        <translation>Если файл повреждён, восстановите последнюю резервную копию: crm-desktop db restore ФАЙЛ-КОПИИ (копии лежат в папке backups рядом с базой данных).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="102"/>
        <source>The database has no active user.</source>
        <translation>В базе данных нет активного пользователя.</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="27"/>
        <source>This field is required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="28"/>
        <source>Not a valid phone number for the client&apos;s country</source>
        <translation>Неверный номер телефона для страны клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="29"/>
        <source>Not an e-mail address</source>
        <translation>Это не адрес e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="30"/>
        <source>Not a valid tax ID for the client&apos;s country</source>
        <translation>Неверный налоговый номер для страны клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="31"/>
        <source>Not a valid KPP (9 characters)</source>
        <translation>Неверный КПП (9 символов)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="32"/>
        <source>Not a valid IBAN (check digits or length)</source>
        <translation>Неверный IBAN (контрольные цифры или длина)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="33"/>
        <source>Not a bank account number</source>
        <translation>Это не номер банковского счёта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="34"/>
        <source>Not a valid BIC</source>
        <translation>Неверный БИК/BIC</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="35"/>
        <source>Unknown country</source>
        <translation>Неизвестная страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="36"/>
        <source>Not a currency code</source>
        <translation>Это не код валюты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="37"/>
        <source>Not a number</source>
        <translation>Это не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="38"/>
        <source>Not a date (YYYY-MM-DD)</source>
        <translation>Это не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="39"/>
        <source>Not one of the choices</source>
        <translation>Нет среди вариантов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="40"/>
        <source>A client cannot be related to itself</source>
        <translation>Клиент не может быть связан сам с собой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="41"/>
        <source>The birthday is in the future</source>
        <translation>День рождения в будущем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="50"/>
        <source>same tax ID {0}</source>
        <translation>тот же налоговый номер {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="52"/>
        <source>same phone {0}</source>
        <translation>тот же телефон {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="54"/>
        <source>same e-mail {0}</source>
        <translation>тот же e-mail {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="55"/>
        <source>similar name ({0}%)</source>
        <translation>похожее название ({0}%)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="37"/>
        <source>Existing client</source>
        <translation>Существующий клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="38"/>
        <source>What matches</source>
        <translation>Что совпадает</translation>
    </message>
</context>
<context>
    <name>deals</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="16"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="17"/>
        <source>expected close date</source>
        <translation>ожидаемая дата закрытия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="18"/>
        <source>contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="19"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="20"/>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="21"/>
        <source>the client&apos;s terms of sale</source>
        <translation>условия продажи клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="27"/>
        <source>Strict: no skipped stage, required fields</source>
        <translation>Строгий: без пропуска этапов, обязательные поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="28"/>
        <source>Manual: any move, warnings</source>
        <translation>Ручной: любые переходы, с предупреждениями</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="29"/>
        <source>No pipeline: interactions only</source>
        <translation>Без воронки: только взаимодействия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="36"/>
        <source>To enter {0}, fill in first: {1}</source>
        <translation>Чтобы перейти на этап «{0}», сначала заполните: {1}</translation>
    </message>
</context>
<context>
    <name>delimiter</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="15"/>
        <source>How the columns of a CSV file are separated</source>
        <translation>Чем разделены столбцы в файле CSV</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="16"/>
        <source>Delimiter: automatic</source>
        <translation>Разделитель: автоматически</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="17"/>
        <source>Delimiter: semicolon ;</source>
        <translation>Разделитель: точка с запятой ;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="18"/>
        <source>Delimiter: comma ,</source>
        <translation>Разделитель: запятая ,</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="19"/>
        <source>Delimiter: vertical bar |</source>
        <translation>Разделитель: вертикальная черта |</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="20"/>
        <source>Delimiter: tab</source>
        <translation>Разделитель: табуляция</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="43"/>
        <source>Could not store {name}: {reason}</source>
        <translation>Не удалось сохранить {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="44"/>
        <source>{name} is larger than {megabytes} MB</source>
        <translation>Файл {name} больше {megabytes} МБ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="45"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="46"/>
        <source>Backup to {path} failed: {reason}</source>
        <translation>Не удалось создать резервную копию в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="47"/>
        <source>the copy failed its integrity check ({verdict})</source>
        <translation>копия не прошла проверку целостности ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="50"/>
        <source>Backups from the program are for SQLite files; back up a PostgreSQL server with pg_dump</source>
        <translation>Программа делает резервные копии только файлов SQLite; копию сервера PostgreSQL создайте с помощью pg_dump</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="54"/>
        <source>not a bank account number</source>
        <translation>не номер банковского счёта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="55"/>
        <source>not a valid BIC</source>
        <translation>неверный БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="56"/>
        <source>a birthday in the future</source>
        <translation>дата рождения в будущем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="57"/>
        <source>not one of the choices</source>
        <translation>нет среди вариантов выбора</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="58"/>
        <source>unknown country</source>
        <translation>неизвестная страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="59"/>
        <source>not a currency code</source>
        <translation>не код валюты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="60"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="61"/>
        <source>not an e-mail address</source>
        <translation>не адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="62"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="63"/>
        <source>{where}: {problem} ({value})</source>
        <translation>{where}: {problem} ({value})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="64"/>
        <source>not a valid IBAN</source>
        <translation>неверный IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="65"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="216"/>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="66"/>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="67"/>
        <source>not a valid phone number for the client&apos;s country</source>
        <translation>неверный номер телефона для страны контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="68"/>
        <source>a client cannot be related to itself</source>
        <translation>контрагент не может быть связан сам с собой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="69"/>
        <source>required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="70"/>
        <source>not a valid tax ID for the country</source>
        <translation>неверный налоговый номер для страны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="71"/>
        <source>not a valid KPP</source>
        <translation>неверный КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="72"/>
        <source>more characters than allowed</source>
        <translation>больше символов, чем допустимо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="73"/>
        <source>This category no longer exists</source>
        <translation>Этой категории больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="74"/>
        <source>A category cannot move into itself or below itself</source>
        <translation>Категорию нельзя переместить в неё саму или в её подкатегорию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="76"/>
        <source>Another product already has the code {code}</source>
        <translation>Код {code} уже занят другим товаром</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="78"/>
        <source>The minimum price is above the recommended price</source>
        <translation>Минимальная цена выше рекомендуемой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="80"/>
        <source>Prices cannot be negative</source>
        <translation>Цены не могут быть отрицательными</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="81"/>
        <source>Enter the category name</source>
        <translation>Введите название категории</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="82"/>
        <source>Enter the product code</source>
        <translation>Введите код товара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="83"/>
        <source>Enter the product name</source>
        <translation>Введите наименование товара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="84"/>
        <source>Enter the unit</source>
        <translation>Введите единицу измерения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="85"/>
        <source>Every warehouse needs a name</source>
        <translation>У каждого склада должно быть название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="86"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="475"/>
        <source>This product no longer exists</source>
        <translation>Этого товара больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="100"/>
        <source>VAT must be from 0 to 100 %</source>
        <translation>Ставка НДС должна быть от 0 до 100 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="88"/>
        <source>A warehouse no longer exists</source>
        <translation>Одного из складов больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="89"/>
        <source>Two warehouses have the same name</source>
        <translation>У двух складов одинаковое название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="91"/>
        <source>This client no longer exists</source>
        <translation>Этого контрагента больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="92"/>
        <source>{bic} is not a valid BIC</source>
        <translation>{bic} — неверный БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="93"/>
        <source>The device code is up to 8 letters or digits</source>
        <translation>Код устройства — не больше 8 букв или цифр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="95"/>
        <source>{account} is not a valid IBAN</source>
        <translation>{account} — неверный IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="96"/>
        <source>The database has no company yet</source>
        <translation>В базе данных ещё нет вашей организации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="97"/>
        <source>Enter the company&apos;s legal and short name</source>
        <translation>Введите полное и краткое наименование организации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="98"/>
        <source>Enter your company&apos;s requisites first</source>
        <translation>Сначала заполните реквизиты вашей организации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="99"/>
        <source>{tax_id} is not a valid tax ID for {country}</source>
        <translation>{tax_id} — неверный налоговый номер для страны {country}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="101"/>
        <source>Field {key}: a choice field needs its choices</source>
        <translation>Поле {key}: для поля выбора нужны варианты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="103"/>
        <source>Field key {key!r}: use small Latin letters, digits and _</source>
        <translation>Ключ поля «{key}»: используйте строчные латинские буквы, цифры и _</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="105"/>
        <source>Two custom fields have the same key</source>
        <translation>У двух дополнительных полей одинаковый ключ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="106"/>
        <source>Field {key}: give it a label</source>
        <translation>Поле {key}: задайте подпись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="107"/>
        <source>Not a usable database path ({reason}): {value}</source>
        <translation>Непригодный путь к базе данных ({reason}): {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="108"/>
        <source>Not a database URL: {value}</source>
        <translation>Не адрес базы данных: {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="109"/>
        <source>No database given: --db is empty. Give a file path or a database URL</source>
        <translation>База данных не указана: --db пуст. Укажите путь к файлу или адрес базы данных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="112"/>
        <source>The database is busy (another program is writing): nothing was saved. Try again in a moment.</source>
        <translation>База данных занята (в неё пишет другая программа): ничего не сохранено. Повторите через минуту.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="116"/>
        <source>Cannot open database {database}: {reason}</source>
        <translation>Не удаётся открыть базу данных {database}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="117"/>
        <source>The database {label} is damaged ({reason}). Restore the latest backup.</source>
        <translation>База данных {label} повреждена ({reason}). Восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="119"/>
        <source>The disk holding {label} failed to write: nothing was saved.</source>
        <translation>Диск с базой {label} не смог записать данные: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="121"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен: ничего не сохранено. Освободите место и повторите.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="123"/>
        <source>The last integrity check of {label} ({when}) found problems: {details}. Restore the latest backup</source>
        <translation>Последняя проверка целостности {label} ({when}) нашла ошибки: {details}. Восстановите последнюю резервную копию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="127"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>Не удаётся заблокировать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="128"/>
        <source>{path} is open in another CRM Desktop program (process {pid} on {host}); close it first, or run this there</source>
        <translation>{path} открыт в другой программе CRM Desktop (процесс {pid} на {host}); сначала закройте её или выполните это там</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="132"/>
        <source>No database at {path}</source>
        <translation>По пути {path} нет базы данных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="133"/>
        <source>The driver for {scheme} is not installed ({reason}): use postgresql+psycopg://… or an SQLite file</source>
        <translation>Драйвер для {scheme} не установлен ({reason}): используйте postgresql+psycopg://… или файл SQLite</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="137"/>
        <source>Cannot open database {path}: the folder {folder} does not exist</source>
        <translation>Не удаётся открыть базу данных {path}: папки {folder} не существует</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="139"/>
        <source>{path} is not a CRM Desktop database ({reason}); nothing was changed</source>
        <translation>{path} — не база данных CRM Desktop ({reason}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="142"/>
        <source>Could not update the database structure: {reason}</source>
        <translation>Не удалось обновить структуру базы данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="144"/>
        <source>{label} is on a read-only disk or not writable: opened read-only, nothing can be saved</source>
        <translation>{label} на диске только для чтения или недоступен для записи: открыт только для чтения, сохранить ничего нельзя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="148"/>
        <source>The database {label} is read-only: nothing was saved. You can still look everything up.</source>
        <translation>База данных {label} открыта только для чтения: ничего не сохранено. Просматривать данные можно по-прежнему.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="152"/>
        <source>The database refused the change: {reason}. Nothing was saved.</source>
        <translation>База данных отклонила изменение: {reason}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="154"/>
        <source>Unknown kind of database {scheme!r} in {value}: use a file path, sqlite:///FILE or postgresql+psycopg://…</source>
        <translation>Неизвестный вид базы данных {scheme!r} в {value}: укажите путь к файлу, sqlite:///ФАЙЛ или postgresql+psycopg://…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="158"/>
        <source>A deal&apos;s amount cannot be negative</source>
        <translation>Сумма сделки не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="159"/>
        <source>The deal&apos;s client no longer exists</source>
        <translation>Контрагента этой сделки больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="160"/>
        <source>Write the comment first</source>
        <translation>Сначала напишите комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="161"/>
        <source>The contact person works for another client</source>
        <translation>Контактное лицо относится к другому контрагенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="163"/>
        <source>This deal no longer exists</source>
        <translation>Этой сделки больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="164"/>
        <source>No stage named {stage}</source>
        <translation>Нет этапа «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="165"/>
        <source>Give the deal a title</source>
        <translation>Укажите название сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="166"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="339"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="489"/>
        <source>Choose csv, json or text, not {format}</source>
        <translation>Выберите csv, json или text, а не {format}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="167"/>
        <source>The database {label} already has clients; create demo data in a new file</source>
        <translation>В базе данных {label} уже есть контрагенты; создайте демонстрационные данные в новом файле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="169"/>
        <source>Unknown demo scale {scale!r}; use small or large</source>
        <translation>Неизвестный объём демонстрационных данных «{scale}»; используйте small или large</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="171"/>
        <source>This document no longer exists</source>
        <translation>Этого документа больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="172"/>
        <source>No document numbered {number}</source>
        <translation>Нет документа с номером {number}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="173"/>
        <source>{field}: right-to-left text ({chars}) cannot be printed correctly on documents yet</source>
        <translation>{field}: текст, который пишется справа налево ({chars}), пока нельзя правильно напечатать в документах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="176"/>
        <source>{field}: the document font cannot print {chars}</source>
        <translation>{field}: шрифт документов не может напечатать {chars}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="178"/>
        <source>e-mail {value}</source>
        <translation>эл. почта {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="179"/>
        <source>name {value}</source>
        <translation>название {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="180"/>
        <source>phone {value}</source>
        <translation>телефон {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="181"/>
        <source>name {value} ({score}%)</source>
        <translation>название {value} ({score} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="182"/>
        <source>tax ID {value}</source>
        <translation>налоговый номер {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="183"/>
        <source>A cancelled event cannot be completed</source>
        <translation>Отменённое событие нельзя отметить выполненным</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="185"/>
        <source>The contact person does not belong to this client</source>
        <translation>Контактное лицо не относится к этому контрагенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="187"/>
        <source>This event no longer exists</source>
        <translation>Этого события больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="188"/>
        <source>The start time has no time zone</source>
        <translation>У времени начала не указан часовой пояс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="189"/>
        <source>The duration cannot be negative</source>
        <translation>Длительность не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="190"/>
        <source>Enter a subject</source>
        <translation>Введите тему</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="191"/>
        <source>Only a planned event can be rescheduled</source>
        <translation>Перенести можно только запланированное событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="192"/>
        <source>The subject is longer than {max} characters</source>
        <translation>Тема длиннее {max} символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="194"/>
        <source>Name the file .{kind} for the {format} format, not {name}</source>
        <translation>Для формата {format} файл должен называться *.{kind}, а не {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="196"/>
        <source>Choose a .csv or .xlsx file, not {name}</source>
        <translation>Выберите файл .csv или .xlsx, а не {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="197"/>
        <source>A delimiter is one character (or tab), not {delimiter!r}</source>
        <translation>Разделитель — один символ (или табуляция), а не {delimiter!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="199"/>
        <source>Cannot tell how the columns of {name} are separated; choose the delimiter ({found})</source>
        <translation>Не удаётся определить, чем разделены столбцы в {name}; выберите разделитель ({found})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="202"/>
        <source>{name} is empty</source>
        <translation>Файл {name} пуст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="203"/>
        <source>The file is neither UTF-8 nor Windows-1251 text</source>
        <translation>Файл не является текстом в кодировке UTF-8 или Windows-1251</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="204"/>
        <source>{name} has more than {max} rows</source>
        <translation>В файле {name} больше {max} строк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="205"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="206"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="207"/>
        <source>{name} is not a readable XLSX workbook: its contents are damaged</source>
        <translation>{name} не читается как книга XLSX: её содержимое повреждено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="209"/>
        <source>Enter the company name</source>
        <translation>Введите название организации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="210"/>
        <source>Choose a currency</source>
        <translation>Выберите валюту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="211"/>
        <source>Enter your name</source>
        <translation>Введите ваше имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="212"/>
        <source>Your role ({role}) may not do this: {permission}</source>
        <translation>Ваша роль ({role}) не даёт права на это действие: {permission}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="213"/>
        <source>birthday not a date: {value!r}</source>
        <translation>дата рождения — не дата: «{value}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="214"/>
        <source>The import was cancelled; nothing was imported</source>
        <translation>Импорт отменён; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="217"/>
        <source>created beside {name} ({match})</source>
        <translation>создан рядом с «{name}» ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="218"/>
        <source>Choose a .csv, .xlsx or .vcf file, not {name}</source>
        <translation>Выберите файл .csv, .xlsx или .vcf, а не {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="219"/>
        <source>no name</source>
        <translation>нет наименования</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="220"/>
        <source>Choose the column with the name</source>
        <translation>Выберите столбец с наименованием</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="221"/>
        <source>{name} has no vCards</source>
        <translation>В файле {name} нет карточек vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="222"/>
        <source>update of {name}: {reason}</source>
        <translation>обновление «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="223"/>
        <source>{problems} of {rows} rows have problems; nothing was imported</source>
        <translation>Строк с ошибками: {problems} из {rows}; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="225"/>
        <source>skipped: duplicate of {name} ({match})</source>
        <translation>пропущено: дубликат «{name}» ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="227"/>
        <source>skipped: repeats row of {name} in this file</source>
        <translation>пропущено: повторяет строку «{name}» в этом файле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="229"/>
        <source>updated {name} ({match})</source>
        <translation>обновлён «{name}» ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="230"/>
        <source>{name} cannot be read as UTF-8 vCard: {reason}</source>
        <translation>Файл {name} не читается как vCard в UTF-8: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="232"/>
        <source>{name} is not a readable vCard file: {reason}</source>
        <translation>Файл {name} не является читаемым файлом vCard: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="234"/>
        <source>A loss reason needs a name</source>
        <translation>У причины проигрыша должно быть название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="235"/>
        <source>Choose the reason the deal was lost</source>
        <translation>Выберите причину проигрыша сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="236"/>
        <source>This message cannot be cancelled</source>
        <translation>Это письмо нельзя отменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="237"/>
        <source>This message cannot be sent again</source>
        <translation>Это письмо нельзя отправить повторно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="238"/>
        <source>This draft has no recipient: open it in the mail client to finish it</source>
        <translation>У черновика нет получателя: откройте его в почтовой программе и допишите</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="240"/>
        <source>There is no secure keychain on this computer (only {backend}, which would keep the password readable in a file), so the password was not stored. Enter it for this session only, or install a keychain service (GNOME Keyring or KWallet) and save it again</source>
        <translation>На этом компьютере нет надёжного хранилища паролей (есть только {backend}, где пароль лежал бы в файле в читаемом виде), поэтому пароль не сохранён. Введите его только для этого сеанса или установите службу хранения паролей (GNOME Keyring или KWallet) и сохраните его ещё раз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="246"/>
        <source>Interrupted while sending: it may have reached the server. Check before sending it again.</source>
        <translation>Отправка прервана: письмо могло дойти до сервера. Проверьте, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="250"/>
        <source>The system keychain refused the password: {reason}</source>
        <translation>Системное хранилище паролей не приняло пароль: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="252"/>
        <source>The mail server refused the login: {answer}. Check the user and password in Settings → Mail server</source>
        <translation>Почтовый сервер отклонил вход: {answer}. Проверьте пользователя и пароль в Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="256"/>
        <source>The connection was lost after the whole message was sent ({reason}): it may have reached the server. Check before sending it again.</source>
        <translation>Соединение оборвалось после того, как письмо было передано целиком ({reason}): оно могло дойти до сервера. Проверьте, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="260"/>
        <source>This message no longer exists</source>
        <translation>Этого письма больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="261"/>
        <source>The mail server {server} does not offer a login (AUTH) here: check the port and security in Settings → Mail server, or leave the user empty</source>
        <translation>Почтовый сервер {server} не предлагает здесь вход (AUTH): проверьте порт и защиту в Настройки → Почтовый сервер или оставьте пользователя пустым</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="265"/>
        <source>Enter the SMTP server</source>
        <translation>Введите SMTP-сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="266"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="423"/>
        <source>The system keychain is not available: {reason}</source>
        <translation>Системное хранилище паролей недоступно: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="268"/>
        <source>No password for the mail server {server}: enter it in Settings → Mail server</source>
        <translation>Нет пароля для почтового сервера {server}: введите его в Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="271"/>
        <source>Enter the recipient&apos;s e-mail address</source>
        <translation>Введите адрес электронной почты получателя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="272"/>
        <source>Enter the sender&apos;s e-mail address</source>
        <translation>Введите адрес электронной почты отправителя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="273"/>
        <source>Set up the mail server first: Settings → Mail server</source>
        <translation>Сначала настройте почтовый сервер: Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="275"/>
        <source>The mail server {server} does not offer STARTTLS: choose SSL/TLS or another port in Settings → Mail server</source>
        <translation>Почтовый сервер {server} не предлагает STARTTLS: выберите SSL/TLS или другой порт в Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="279"/>
        <source>The port must be from 1 to 65535</source>
        <translation>Порт должен быть от 1 до 65535</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="280"/>
        <source>Choose SSL/TLS, STARTTLS or none</source>
        <translation>Выберите SSL/TLS, STARTTLS или без шифрования</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="281"/>
        <source>No secure connection to the mail server {server} ({reason}): check the port and security in Settings → Mail server</source>
        <translation>Нет защищённого соединения с почтовым сервером {server} ({reason}): проверьте порт и защиту в Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="285"/>
        <source>Cannot reach the mail server: {reason}</source>
        <translation>Почтовый сервер недоступен: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="286"/>
        <source>The certificate of the mail server {server} is not trusted ({reason}): check the server&apos;s name and security in Settings → Mail server</source>
        <translation>Сертификату почтового сервера {server} нет доверия ({reason}): проверьте имя сервера и защиту в Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="290"/>
        <source>The user name or password has characters beyond Latin letters, and the mail server offers no login that can carry them (it offers: {methods}): use a password of Latin letters, digits and signs, or ask the mail administrator to enable PLAIN or LOGIN</source>
        <translation>В имени пользователя или пароле есть символы кроме латинских, а почтовый сервер не предлагает вход, который их передаёт (он предлагает: {methods}): используйте пароль из латинских букв, цифр и знаков или попросите администратора почты включить PLAIN или LOGIN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="295"/>
        <source>One of the clients no longer exists</source>
        <translation>Одного из контрагентов больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="296"/>
        <source>Choose two different clients to merge</source>
        <translation>Для объединения выберите двух разных контрагентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="297"/>
        <source>Unknown fields: {fields}</source>
        <translation>Неизвестные поля: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="298"/>
        <source>To enter {stage}, fill in first: {fields}</source>
        <translation>Чтобы перейти на этап «{stage}», сначала заполните: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="299"/>
        <source>{pipeline} is a strict pipeline: a deal in {from_stage} may go only to {allowed}, not to {to_stage}</source>
        <translation>«{pipeline}» — строгая воронка: сделка с этапа «{from_stage}» может перейти только на {allowed}, а не на «{to_stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="303"/>
        <source>Nobody is signed in: nothing was saved</source>
        <translation>Никто не вошёл в программу: ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="304"/>
        <source>The pipeline {pipeline} has no open stage</source>
        <translation>В воронке «{pipeline}» нет открытого этапа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="305"/>
        <source>There is no pipeline yet: the head of sales makes one in the stage editor</source>
        <translation>Воронки ещё нет: руководитель отдела продаж создаёт её в редакторе этапов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="307"/>
        <source>The deal belongs to {owner}: only the head of sales may change another salesperson&apos;s deal</source>
        <translation>Сделку ведёт {owner}: изменить сделку другого менеджера может только руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="311"/>
        <source>Not a number: {text}</source>
        <translation>Не число: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="312"/>
        <source>Only the head of sales may give a deal to another salesperson</source>
        <translation>Передать сделку другому менеджеру может только руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="314"/>
        <source>Order {number} was already made from it</source>
        <translation>Из него уже создан заказ {number}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="315"/>
        <source>An order in status {status} cannot be shipped</source>
        <translation>Заказ в статусе «{status}» нельзя отгрузить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="317"/>
        <source>The order is {status}: its status cannot change</source>
        <translation>Заказ в статусе «{status}»: его статус больше не меняется</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="318"/>
        <source>Only a won deal becomes an order</source>
        <translation>Заказ создаётся только из выигранной сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="321"/>
        <source>{line}: the price cannot be negative</source>
        <translation>{line}: цена не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="323"/>
        <source>The order is {status}: its lines can no longer change</source>
        <translation>Заказ в статусе «{status}»: его строки больше нельзя изменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="325"/>
        <source>The client has no e-mail address: the status was not sent</source>
        <translation>У контрагента нет адреса электронной почты: статус не отправлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="327"/>
        <source>Add at least one line to the order</source>
        <translation>Добавьте в заказ хотя бы одну строку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="328"/>
        <source>Only an issued invoice becomes an order</source>
        <translation>Заказ создаётся только из выставленного счёта на оплату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="329"/>
        <source>This order no longer exists</source>
        <translation>Этого заказа больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="330"/>
        <source>The order belongs to {owner}: only the head of sales may change another salesperson&apos;s order</source>
        <translation>Заказ ведёт {owner}: изменить заказ другого менеджера может только руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="334"/>
        <source>Enter a quantity to ship</source>
        <translation>Введите количество к отгрузке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="335"/>
        <source>{line}: more than ordered would be shipped ({quantity})</source>
        <translation>{line}: отгрузка превысила бы заказанное количество ({quantity})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="337"/>
        <source>An order in status {from_status} cannot become {to_status}</source>
        <translation>Заказ в статусе «{from_status}» нельзя перевести в статус «{to_status}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="340"/>
        <source>Only {left} {currency} is outstanding on {number}</source>
        <translation>По счёту {number} к оплате осталось только {left} {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="342"/>
        <source>The amount must be above zero</source>
        <translation>Сумма должна быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="343"/>
        <source>This invoice no longer exists</source>
        <translation>Этого счёта больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="344"/>
        <source>Invoice {number} is {status}: nothing to pay</source>
        <translation>Счёт {number} в статусе «{status}»: оплачивать нечего</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="346"/>
        <source>The phone number is empty</source>
        <translation>Номер телефона не указан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="347"/>
        <source>Not a valid phone number: {raw}</source>
        <translation>Неверный номер телефона: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="348"/>
        <source>Not a phone number: {raw}</source>
        <translation>Не номер телефона: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="349"/>
        <source>Give the pipeline a name</source>
        <translation>Укажите название воронки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="350"/>
        <source>A pipeline needs at least one open stage, one won and one lost stage</source>
        <translation>В воронке нужен хотя бы один открытый этап, один этап выигрыша и один этап проигрыша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="352"/>
        <source>No pipeline {pipeline}</source>
        <translation>Нет воронки «{pipeline}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="353"/>
        <source>minimum {minimum} above price {price}</source>
        <translation>минимальная цена {minimum} выше цены {price}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="355"/>
        <source>not a valid amount: {text!r}</source>
        <translation>недопустимая сумма: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="356"/>
        <source>Choose the column with the product code</source>
        <translation>Выберите столбец с кодом товара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="358"/>
        <source>no warehouse for the stock</source>
        <translation>не указан склад для остатка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="359"/>
        <source>not a number: {text!r}</source>
        <translation>не число: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="360"/>
        <source>No warehouse named {name!r}</source>
        <translation>Нет склада «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="362"/>
        <source>unknown product code {code!r}</source>
        <translation>неизвестный код товара «{code}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="363"/>
        <source>unknown warehouse {name!r}</source>
        <translation>неизвестный склад «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="364"/>
        <source>A probability is from 0 to 100 %</source>
        <translation>Вероятность — от 0 до 100 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="365"/>
        <source>{line}: the price is below the minimum {minimum} {currency}. Ask the head of sales to approve it.</source>
        <translation>{line}: цена ниже минимальной ({minimum} {currency}). Попросите руководителя отдела продаж согласовать её.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="369"/>
        <source>The discount must be from 0 to 99.99 %</source>
        <translation>Скидка должна быть от 0 до 99,99 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="319"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="370"/>
        <source>{line}: the discount must be from 0 to 99.99 %</source>
        <translation>{line}: скидка должна быть от 0 до 99,99 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="372"/>
        <source>A price cannot be negative</source>
        <translation>Цена не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="373"/>
        <source>Add at least one product</source>
        <translation>Добавьте хотя бы один товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="374"/>
        <source>Set the exchange rate of {currency} to {base} in the settings before quoting this client</source>
        <translation>Прежде чем готовить предложение этому контрагенту, укажите в настройках курс {currency} к {base}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="378"/>
        <source>Give the reason for the prices below the minimum</source>
        <translation>Укажите причину цен ниже минимальных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="380"/>
        <source>Payment days must be from 0 to 365</source>
        <translation>Срок оплаты должен быть от 0 до 365 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="322"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="381"/>
        <source>{line}: the quantity must be above zero</source>
        <translation>{line}: количество должно быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="382"/>
        <source>Restore from {path} failed: {reason}; the previous content is in {safety}</source>
        <translation>Не удалось восстановить из {path}: {reason}; прежнее содержимое сохранено в {safety}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="384"/>
        <source>{path} is not a usable backup: {reason}</source>
        <translation>{path} — непригодная резервная копия: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="385"/>
        <source>{path} is not a usable CRM Desktop backup ({verdict})</source>
        <translation>{path} — непригодная резервная копия CRM Desktop ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="387"/>
        <source>Restore from the program is for SQLite files; use pg_restore for a PostgreSQL server</source>
        <translation>Программа восстанавливает только файлы SQLite; сервер PostgreSQL восстановите с помощью pg_restore</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="391"/>
        <source>No custom field {key!r}</source>
        <translation>Нет дополнительного поля «{key}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="392"/>
        <source>Give the segment a name</source>
        <translation>Укажите название сегмента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="393"/>
        <source>The stage {stage} still holds {count} deals: move them first</source>
        <translation>На этапе «{stage}» ещё есть сделки ({count}): сначала перенесите их</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="395"/>
        <source>Every stage needs a name</source>
        <translation>У каждого этапа должно быть название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="396"/>
        <source>The pipeline {pipeline} has no stage {stage}</source>
        <translation>В воронке «{pipeline}» нет этапа «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="398"/>
        <source>The account {login} is disabled: ask the administrator</source>
        <translation>Учётная запись {login} отключена: обратитесь к администратору</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="400"/>
        <source>Not a server address (HOST:PORT): {address}</source>
        <translation>Не адрес сервера (ХОСТ:ПОРТ): {address}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="401"/>
        <source>--listen takes HOST:PORT, not {value}</source>
        <translation>--listen принимает ХОСТ:ПОРТ, а не {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="402"/>
        <source>A login is 2 to 64 small Latin letters, digits, dots, dashes or underscores, not {login!r}</source>
        <translation>Логин — от 2 до 64 строчных латинских букв, цифр, точек, дефисов или подчёркиваний, а не «{login}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="406"/>
        <source>The request is not understood: {reason}</source>
        <translation>Запрос не распознан: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="407"/>
        <source>Keep the change history from 0 (forever) to 36500 days</source>
        <translation>Срок хранения истории изменений — от 0 (бессрочно) до 36500 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="409"/>
        <source>{field}: {value!r} is not a valid value</source>
        <translation>{field}: «{value}» — недопустимое значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="410"/>
        <source>The team server&apos;s certificate has changed: it is now {fingerprint}, not the {pinned} you accepted. Nothing was sent. If nobody replaced it on the server, someone may be intercepting the connection.</source>
        <translation>Сертификат командного сервера изменился: теперь это {fingerprint}, а не принятый вами {pinned}. Ничего не отправлено. Если на сервере его никто не заменял, соединение, возможно, перехватывают.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="415"/>
        <source>The certificate {path} cannot be used: {reason}</source>
        <translation>Сертификат {path} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="417"/>
        <source>{login} is not a head of sales</source>
        <translation>{login} — не руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="418"/>
        <source>The login {login} is taken</source>
        <translation>Логин {login} уже занят</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="419"/>
        <source>The team server needs a PostgreSQL database (--db postgresql+psycopg://…), not {database}</source>
        <translation>Командному серверу нужна база данных PostgreSQL (--db postgresql+psycopg://…), а не {database}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="425"/>
        <source>Enter the person&apos;s name</source>
        <translation>Введите имя сотрудника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="426"/>
        <source>No password given (type it, or pipe it on standard input)</source>
        <translation>Пароль не указан (введите его или передайте через стандартный ввод)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="428"/>
        <source>No team {name}</source>
        <translation>Нет команды «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="429"/>
        <source>No user {login}</source>
        <translation>Нет пользователя {login}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="430"/>
        <source>Give the team a name</source>
        <translation>Укажите название команды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="431"/>
        <source>Sign in to the team server first</source>
        <translation>Сначала войдите на командный сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="432"/>
        <source>No such client among those you may see</source>
        <translation>Среди доступных вам контрагентов такого нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="433"/>
        <source>Not signed in to a team server</source>
        <translation>Вход на командный сервер не выполнен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="434"/>
        <source>You cannot disable your own account or take away your own administration</source>
        <translation>Нельзя отключить собственную учётную запись или лишить себя прав администратора</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="436"/>
        <source>The password must have at least {minimum} characters</source>
        <translation>Пароль должен содержать не менее {minimum} символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="438"/>
        <source>The two passwords differ</source>
        <translation>Пароли не совпадают</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="439"/>
        <source>The server&apos;s database role {role} {why}: row-level security would not apply to it. Let the server log in as a role that is only a member of crm_app (README: Team server)</source>
        <translation>Роль базы данных сервера {role} {why}: построчная защита (RLS) на неё не подействует. Пусть сервер входит под ролью, которая только входит в crm_app (README: Team server)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="444"/>
        <source>The database is at revision {revision}, the server needs {head}: run `crm-desktop db upgrade --db …` as the database owner</source>
        <translation>База данных в редакции {revision}, серверу нужна {head}: выполните `crm-desktop db upgrade --db …` от имени владельца базы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="448"/>
        <source>The team server failed: {reason}</source>
        <translation>Сбой командного сервера: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="449"/>
        <source>Share with one person or one team</source>
        <translation>Предоставьте доступ одному сотруднику или одной команде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="450"/>
        <source>Too many wrong passwords: try again in {seconds} seconds</source>
        <translation>Слишком много неверных паролей: повторите через {seconds} с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="452"/>
        <source>Give both --tls-cert and --tls-key, or neither</source>
        <translation>Укажите и --tls-cert, и --tls-key или ни одного из них</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="453"/>
        <source>Your sign-in has expired: sign in again</source>
        <translation>Срок входа истёк: войдите снова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="454"/>
        <source>You were signed out (here, on another desktop or by the administrator): sign in again</source>
        <translation>Ваш сеанс завершён (здесь, на другом компьютере или администратором): войдите снова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="458"/>
        <source>The team server answered something unexpected ({status})</source>
        <translation>Командный сервер дал неожиданный ответ ({status})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="460"/>
        <source>A client has no field {field}</source>
        <translation>У контрагента нет поля {field}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="461"/>
        <source>The team server {address} does not answer ({reason}). You keep working on this computer.</source>
        <translation>Командный сервер {address} не отвечает ({reason}). Работа продолжается на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="465"/>
        <source>Wrong login or password</source>
        <translation>Неверный логин или пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="466"/>
        <source>This claim no longer exists</source>
        <translation>Этой претензии больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="467"/>
        <source>The claim is handled by {owner}: only the head of sales may change another person&apos;s claim</source>
        <translation>Претензией занимается {owner}: чужую претензию может изменить только руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="470"/>
        <source>Describe the essence of the claim</source>
        <translation>Опишите суть претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="471"/>
        <source>The contact person does not belong to the claimant</source>
        <translation>Контактное лицо не относится к заявителю</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="473"/>
        <source>Order {number} is another client&apos;s</source>
        <translation>Заказ {number} принадлежит другому клиенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="474"/>
        <source>Invoice {number} is another client&apos;s</source>
        <translation>Счёт {number} принадлежит другому клиенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="476"/>
        <source>This reason is not in the list</source>
        <translation>Такой причины нет в списке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="477"/>
        <source>This result is not in the list</source>
        <translation>Такого результата нет в списке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="478"/>
        <source>This employee is not an active user</source>
        <translation>Этот сотрудник не является активным пользователем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="479"/>
        <source>A claim in status {from_status} cannot become {to_status}</source>
        <translation>Претензию в статусе «{from_status}» нельзя перевести в «{to_status}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="481"/>
        <source>The claim is {status}: it cannot change any more</source>
        <translation>Претензия {status}: изменить её уже нельзя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="482"/>
        <source>Choose the result of the claim</source>
        <translation>Выберите результат рассмотрения претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="483"/>
        <source>Satisfaction is from 1 (not at all) to 5 (fully)</source>
        <translation>Удовлетворённость — от 1 (совсем нет) до 5 (полностью)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="485"/>
        <source>Say why the claim is rejected</source>
        <translation>Укажите, почему претензия отклонена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="486"/>
        <source>This file is not attached to the claim</source>
        <translation>Этот файл не приложен к претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="487"/>
        <source>Log a call, an e-mail, a meeting or a note</source>
        <translation>Зарегистрируйте звонок, письмо, встречу или заметку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="490"/>
        <source>No claim status {status}: use one of {known}</source>
        <translation>Нет статуса претензии {status}: используйте один из {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="492"/>
        <source>Every row of the list needs a name</source>
        <translation>У каждой строки списка должно быть название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="493"/>
        <source>Reason {name}: name its department</source>
        <translation>Причина {name}: укажите подразделение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="494"/>
        <source>{name} is in the list twice</source>
        <translation>{name} встречается в списке дважды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="495"/>
        <source>This is not a task of the claim&apos;s plan</source>
        <translation>Это не задача из плана по претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="496"/>
        <source>No client has the address {address}: register the claim by hand</source>
        <translation>Ни у одного клиента нет адреса {address}: зарегистрируйте претензию вручную</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="498"/>
        <source>The e-mail has neither a subject nor a text</source>
        <translation>В письме нет ни темы, ни текста</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="499"/>
        <source>The file has no column for: {columns}</source>
        <translation>В файле нет столбца для: {columns}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="501"/>
        <source>no client given</source>
        <translation>не указан клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="502"/>
        <source>no client {value}</source>
        <translation>нет клиента {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="503"/>
        <source>the essence of the claim is empty</source>
        <translation>суть претензии не заполнена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="504"/>
        <source>{value} is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>{value} — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="506"/>
        <source>no reason {value} in the list</source>
        <translation>в списке нет причины {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="507"/>
        <source>severity {value} is none of low, medium, high, critical</source>
        <translation>важность {value} — не одна из low, medium, high, critical</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="509"/>
        <source>the client has no order {value}</source>
        <translation>у клиента нет заказа {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="510"/>
        <source>the client has no invoice {value}</source>
        <translation>у клиента нет счёта {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="512"/>
        <source>no active user {value}</source>
        <translation>нет активного пользователя {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="513"/>
        <source>The template has an unclosed or stray brace: {reason}</source>
        <translation>В шаблоне есть незакрытая или лишняя фигурная скобка: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="515"/>
        <source>Unknown placeholder {{{name}}}; use one of: {known}</source>
        <translation>Неизвестная подстановка {{{name}}}; используйте одну из: {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="517"/>
        <source>{field} is not a field a stage can require</source>
        <translation>{field} — не поле, которое этап может требовать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="519"/>
        <source>No active user {login}: name one with --user LOGIN</source>
        <translation>Нет активного пользователя {login}: укажите его через --user LOGIN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="528"/>
        <source>edit clients</source>
        <translation>изменять контрагентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="529"/>
        <source>import clients</source>
        <translation>импортировать контрагентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="530"/>
        <source>merge clients</source>
        <translation>объединять контрагентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="531"/>
        <source>edit segments</source>
        <translation>изменять сегменты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="532"/>
        <source>edit events</source>
        <translation>изменять события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="533"/>
        <source>sell (quotes, invoices, payments)</source>
        <translation>продавать (коммерческие предложения, счета на оплату, оплаты)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="534"/>
        <source>approve prices below the minimum</source>
        <translation>согласовывать цены ниже минимальных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="535"/>
        <source>edit the catalogue</source>
        <translation>изменять каталог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="536"/>
        <source>change minimum prices</source>
        <translation>изменять минимальные цены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="537"/>
        <source>import price lists</source>
        <translation>импортировать прайс-листы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="538"/>
        <source>change a client&apos;s terms of sale</source>
        <translation>изменять условия продаж контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="539"/>
        <source>change the company&apos;s requisites and settings</source>
        <translation>изменять реквизиты и настройки организации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="540"/>
        <source>set up the mail server</source>
        <translation>настраивать почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="541"/>
        <source>edit custom fields</source>
        <translation>изменять дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="542"/>
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="543"/>
        <source>back up and restore the database</source>
        <translation>создавать и восстанавливать резервные копии базы данных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="544"/>
        <source>edit deals</source>
        <translation>изменять сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="545"/>
        <source>edit other salespeople&apos;s deals</source>
        <translation>изменять сделки других менеджеров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="546"/>
        <source>edit pipelines and their stages</source>
        <translation>изменять воронки и их этапы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="547"/>
        <source>read the change history</source>
        <translation>просматривать историю изменений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="548"/>
        <source>edit orders</source>
        <translation>изменять заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="549"/>
        <source>edit other salespeople&apos;s orders</source>
        <translation>изменять заказы других менеджеров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="550"/>
        <source>work on claims</source>
        <translation>работать с претензиями</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="551"/>
        <source>edit other salespeople&apos;s claims</source>
        <translation>изменять претензии других менеджеров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="552"/>
        <source>edit the claim reasons and results lists</source>
        <translation>изменять списки причин и результатов претензий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="560"/>
        <source>salesperson</source>
        <translation>продавец</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="561"/>
        <source>head of sales</source>
        <translation>руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="562"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="22"/>
        <source>Row {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="25"/>
        <source>… and {0} more in the report</source>
        <translation>… и ещё {0} в отчёте</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="32"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="34"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="37"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="38"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="32"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="33"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="34"/>
        <source>E-mail</source>
        <translation>Эл. письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="35"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="36"/>
        <source>Planned interaction</source>
        <translation>Запланированное взаимодействие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="37"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="38"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="49"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="39"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="40"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="48"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="52"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="41"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="42"/>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="43"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="44"/>
        <source>Partially paid</source>
        <translation>Частично оплачен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="45"/>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="46"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="47"/>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="50"/>
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="51"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="53"/>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="54"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="55"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="56"/>
        <source>Components</source>
        <translation>Комплектующие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="57"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="58"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="61"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="62"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="63"/>
        <source>Awaiting payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="64"/>
        <source>Ready to ship</source>
        <translation>Готов к отгрузке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="65"/>
        <source>Open deal</source>
        <translation>Сделка открыта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="66"/>
        <source>Won deal</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="67"/>
        <source>Lost deal</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="68"/>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="69"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="70"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="71"/>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="72"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="73"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="74"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="75"/>
        <source>Inactive</source>
        <translation>Неактивный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="76"/>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="77"/>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="78"/>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="79"/>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="80"/>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="81"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="82"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="83"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="84"/>
        <source>Choice</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="85"/>
        <source>Checkbox</source>
        <translation>Флажок</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="624"/>
        <source>Something went wrong: {0}. Nothing was saved. Details are in the log file.</source>
        <translation>Произошла ошибка: {0}. Ничего не сохранено. Подробности — в журнале программы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="18"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="631"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="21"/>
        <source>Overdue: past the due date, not delivered</source>
        <translation>Просрочен: срок прошёл, не доставлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="27"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="28"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="31"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="33"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="35"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="42"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="47"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="48"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
</context>
</TS>
