<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CallResultDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="47"/>
        <source>Call result</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="51"/>
        <source>Save result</source>
        <translation>Сохранить результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="52"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="57"/>
        <source>Call with {0} started at {1}. How did it go?</source>
        <translation>Звонок {0} начат в {1}. Каков результат?</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="128"/>
        <source>Product catalogue</source>
        <translation>Каталог товаров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="135"/>
        <source>Code or name</source>
        <translation>Код или название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="138"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="139"/>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="235"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="141"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="142"/>
        <source>Recommended price</source>
        <translation>Рекомендуемая цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="144"/>
        <source>Minimum price</source>
        <translation>Минимальная цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="146"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="152"/>
        <source>&amp;New product</source>
        <translation>&amp;Новый товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="153"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="154"/>
        <source>New &amp;category</source>
        <translation>Новая &amp;категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="155"/>
        <source>&amp;Warehouses…</source>
        <translation>&amp;Склады…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="156"/>
        <source>&amp;Import prices and stock…</source>
        <translation>&amp;Импорт цен и остатков…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="235"/>
        <source>New category</source>
        <translation>Новая категория</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="52"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="52"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="291"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="295"/>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="297"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="298"/>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="299"/>
        <source>Custom fields</source>
        <translation>Доп. поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="300"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="747"/>
        <source>Relations</source>
        <translation>Связи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="301"/>
        <source>Notes and attachments</source>
        <translation>Заметки и вложения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="302"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="343"/>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="349"/>
        <source>VIP, wholesale</source>
        <translation>VIP, опт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="368"/>
        <source>One phone a line, e.g. +7 727 250 10 20</source>
        <translation>По одному телефону в строке, например +7 727 250 10 20</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="371"/>
        <source>One e-mail a line</source>
        <translation>По одному e-mail в строке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="374"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="375"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="739"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="376"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="377"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="378"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="379"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="380"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="381"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="740"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="382"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="383"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="384"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="385"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="413"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="741"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="386"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="742"/>
        <source>Office phones</source>
        <translation>Телефоны офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="387"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="743"/>
        <source>Office e-mails</source>
        <translation>E-mail офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="405"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="745"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Россия)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="406"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="407"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="409"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="746"/>
        <source>Bank accounts</source>
        <translation>Банковские счета</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="413"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="413"/>
        <source>Account / IBAN</source>
        <translation>Счёт / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="413"/>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="414"/>
        <source>Default</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="420"/>
        <source>Add account</source>
        <translation>Добавить счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="423"/>
        <source>Remove account</source>
        <translation>Удалить счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="452"/>
        <source>No custom fields yet. An administrator adds them in Settings → Custom fields.</source>
        <translation>Дополнительных полей пока нет. Администратор добавляет их в меню Настройки → Дополнительные поля.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="487"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="526"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="487"/>
        <source>Relation</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="487"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="491"/>
        <source>Link a partner…</source>
        <translation>Связать с партнёром…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="494"/>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="516"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="526"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="531"/>
        <source>Link a partner</source>
        <translation>Связать с партнёром</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="517"/>
        <source>Partner&apos;s name, tax ID or phone</source>
        <translation>Название, налоговый номер или телефон партнёра</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="523"/>
        <source>No client matches {0}</source>
        <translation>Нет клиента по запросу {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="532"/>
        <source>Relation (e.g. branch of, dealer of)</source>
        <translation>Связь (например, филиал, дилер)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="541"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="543"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="552"/>
        <source>Attach a file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="555"/>
        <source>Save the client first</source>
        <translation>Сначала сохраните клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="561"/>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="579"/>
        <source>The file is missing from the attachment store</source>
        <translation>Файла нет в хранилище вложений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="588"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="588"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="588"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="589"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="591"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="591"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="592"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="604"/>
        <source>Kept beside similar clients:</source>
        <translation>Оставлен рядом с похожими клиентами:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="615"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="760"/>
        <source>Contact {0}</source>
        <translation>Контакт {0}</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="62"/>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="146"/>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Client name</source>
        <translation>Наименование клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Office phone</source>
        <translation>Телефон офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Office e-mail</source>
        <translation>E-mail офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: full name</source>
        <translation>Контакт: ФИО</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: first name</source>
        <translation>Контакт: имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: middle name</source>
        <translation>Контакт: отчество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="78"/>
        <source>Contact: last name</source>
        <translation>Контакт: фамилия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="78"/>
        <source>Contact: position</source>
        <translation>Контакт: должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="79"/>
        <source>Contact: phone</source>
        <translation>Контакт: телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Contact: e-mail</source>
        <translation>Контакт: e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="81"/>
        <source>Contact: birthday</source>
        <translation>Контакт: день рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="81"/>
        <source>Contact: primary</source>
        <translation>Контакт: основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="82"/>
        <source>Client ID (groups rows)</source>
        <translation>ID клиента (объединяет строки)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="84"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="87"/>
        <source>CSV, Excel (XLSX) or vCard (VCF)</source>
        <translation>CSV, Excel (XLSX) или vCard (VCF)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="92"/>
        <source>Skip rows of existing clients</source>
        <translation>Пропускать строки существующих клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="93"/>
        <source>Update existing clients</source>
        <translation>Обновлять существующих клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="94"/>
        <source>Create anyway (recorded)</source>
        <translation>Создавать всё равно (с отметкой)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="95"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Импортировать верные строки, даже если в других есть ошибки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="101"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="105"/>
        <source>Cancel import</source>
        <translation>Прервать импорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="112"/>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="121"/>
        <source>Duplicates:</source>
        <translation>Дубли:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="134"/>
        <source>Choose what each column holds:</source>
        <translation>Укажите, что содержит каждый столбец:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="147"/>
        <source>Clients (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>Клиенты (*.csv *.xlsx *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="160"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: строк — {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="172"/>
        <source>— skip —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="227"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="236"/>
        <source>Imported: {0} clients created, {1} updated, {2} skipped as duplicates, {3} contact persons.</source>
        <translation>Импортировано: создано клиентов {0}, обновлено {1}, пропущено дублей {2}, контактных лиц {3}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="246"/>
        <source>{0} of {1} rows have problems; nothing was imported. Fix the file, or accept a partial import.</source>
        <translation>В {0} из {1} строк есть ошибки; ничего не импортировано. Исправьте файл или разрешите частичный импорт.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="249"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт прерван; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="41"/>
        <source>Choose a client: a day&apos;s client, an event or search</source>
        <translation>Выберите клиента: из клиентов дня, из события или поиском</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="46"/>
        <source>&amp;Call</source>
        <translation>&amp;Позвонить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="47"/>
        <source>&amp;New event</source>
        <translation>&amp;Новое событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="48"/>
        <source>Client &amp;card</source>
        <translation>&amp;Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="49"/>
        <source>E&amp;vents</source>
        <translation>Со&amp;бытия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="50"/>
        <source>&amp;Price</source>
        <translation>&amp;Прайс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="51"/>
        <source>Quick quote for this client</source>
        <translation>Быстрое КП для этого клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="59"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="67"/>
        <source>Client since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="68"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="69"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="70"/>
        <source>Total sales</source>
        <translation>Сумма продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="71"/>
        <source>Debt</source>
        <translation>Долг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="79"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="81"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="82"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="83"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="84"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="85"/>
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="86"/>
        <source>Time zone unknown</source>
        <translation>Часовой пояс неизвестен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="92"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="97"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="97"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="98"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="98"/>
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="103"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="104"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="117"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="107"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="108"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="119"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="128"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="129"/>
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="59"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="59"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="59"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="59"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="60"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="60"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="60"/>
        <source>Since</source>
        <translation>Клиент с</translation>
    </message>
</context>
<context>
    <name>ClientsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="151"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="158"/>
        <source>Name, tax ID, phone, e-mail…</source>
        <translation>Название, ИНН/БИН, телефон, e-mail…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="171"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="174"/>
        <source>Save as segment…</source>
        <translation>Сохранить как сегмент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="198"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Новый партнёр…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="199"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="200"/>
        <source>&amp;Merge two…</source>
        <translation>&amp;Объединить двух…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="201"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="202"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="217"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="281"/>
        <source>(all)</source>
        <translation>(все)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="264"/>
        <source>(custom field)</source>
        <translation>(доп. поле)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="269"/>
        <source>(no segment)</source>
        <translation>(без сегмента)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="300"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="325"/>
        <source>Save as segment</source>
        <translation>Сохранить как сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="325"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="339"/>
        <source>{0} clients</source>
        <translation>Клиентов: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="387"/>
        <source>Select exactly two clients to merge</source>
        <translation>Выберите ровно двух клиентов для объединения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="403"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="404"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="415"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="417"/>
        <source>{0} rows written to {1}</source>
        <translation>Записано строк: {0} в {1}</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="42"/>
        <source>Company settings</source>
        <translation>Настройки компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="52"/>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="53"/>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="54"/>
        <source>Country (code)</source>
        <translation>Страна (код)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="55"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="55"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="56"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="56"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="57"/>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="58"/>
        <source>Chief accountant</source>
        <translation>Главный бухгалтер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="59"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="60"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="61"/>
        <source>Account / IBAN</source>
        <translation>Счёт / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="61"/>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="62"/>
        <source>Device code for numbers (offline laptops)</source>
        <translation>Код устройства для номеров (ноутбуки без сети)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="69"/>
        <source>Prices include VAT</source>
        <translation>Цены включают НДС</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="71"/>
        <source>Send documents without the last look (straight to the outbox)</source>
        <translation>Отправлять документы без просмотра (сразу в исходящие)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="75"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="83"/>
        <source>Stamp</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="84"/>
        <source>Director&apos;s signature</source>
        <translation>Подпись директора</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="85"/>
        <source>Accountant&apos;s signature</source>
        <translation>Подпись бухгалтера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="86"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="87"/>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="147"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="93"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="113"/>
        <source>Save this template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="116"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="117"/>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="118"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="120"/>
        <source>Placeholders: </source>
        <translation>Подстановки: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="131"/>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="132"/>
        <source>Stamp and signatures</source>
        <translation>Печать и подписи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="133"/>
        <source>E-mail templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="153"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="154"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="117"/>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="119"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="135"/>
        <source>Primary contact</source>
        <translation>Основной контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="139"/>
        <source>One phone a line, e.g. mobile: +7 701 123 45 67</source>
        <translation>По одному телефону в строке, например mobile: +7 701 123 45 67</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="142"/>
        <source>One e-mail a line</source>
        <translation>По одному e-mail в строке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="150"/>
        <source>Link a person…</source>
        <translation>Связать с человеком…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="153"/>
        <source>Remove link</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="161"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="162"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="163"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="165"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="166"/>
        <source>E-mails</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="167"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="168"/>
        <source>Related persons</source>
        <translation>Связанные люди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="223"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="233"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="237"/>
        <source>Link a person</source>
        <translation>Связать с человеком</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="224"/>
        <source>Person&apos;s or client&apos;s name, phone…</source>
        <translation>Имя человека или клиента, телефон…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="230"/>
        <source>No person matches {0}</source>
        <translation>Нет человека по запросу {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="233"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="238"/>
        <source>Relation (e.g. reports to, spouse)</source>
        <translation>Связь (например, подчиняется, супруг)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="35"/>
        <source>Custom fields of the client card</source>
        <translation>Дополнительные поля карточки клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="40"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="40"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="40"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="41"/>
        <source>Choices (comma-separated)</source>
        <translation>Варианты (через запятую)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="46"/>
        <source>Add field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="49"/>
        <source>Remove field</source>
        <translation>Удалить поле</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="79"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="85"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="93"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="80"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="81"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="84"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="86"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="94"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="87"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="95"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="88"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="92"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="113"/>
        <source>Clients of the day</source>
        <translation>Клиенты дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="114"/>
        <source>Agenda</source>
        <translation>План дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="115"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="132"/>
        <source>Events on {0}: {1}</source>
        <translation>Событий на {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="145"/>
        <source>Overdue: {0}</source>
        <translation>Просрочено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="149"/>
        <source>Overdue ({0})</source>
        <translation>Просрочено ({0})</translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="183"/>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="187"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="184"/>
        <source>This contact person has no phone number.</source>
        <translation>У этого контактного лица нет телефона.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="188"/>
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
        <location filename="../../crm_desktop/ui/mail/composer.py" line="41"/>
        <source>E-mail — {0}</source>
        <translation>Письмо — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="50"/>
        <source>Add a contact&apos;s address…</source>
        <translation>Добавить адрес контакта…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="63"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="67"/>
        <source>Attachment: {0} ({1} KB)</source>
        <translation>Вложение: {0} ({1} КБ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="72"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="75"/>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="83"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="84"/>
        <source>Cc</source>
        <translation>Копия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="85"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="65"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="65"/>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="86"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="106"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="107"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="108"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="109"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="110"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="111"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="112"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="113"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="114"/>
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="115"/>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="181"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="117"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="124"/>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="127"/>
        <source>Cancel &amp;event</source>
        <translation>Отменить &amp;событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="139"/>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="141"/>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="143"/>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="144"/>
        <source>{0} min before</source>
        <translation>За {0} мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="180"/>
        <source>Complete the event</source>
        <translation>Завершение события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="186"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="187"/>
        <source>Plan the next step with this client?</source>
        <translation>Запланировать следующий шаг с этим клиентом?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="223"/>
        <source>Cancel the event</source>
        <translation>Отмена события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="223"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>EventsReportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="41"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="45"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="46"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="47"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="48"/>
        <source>Current client</source>
        <translation>Текущий клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="49"/>
        <source>By type, last 90 days</source>
        <translation>По типу, последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="55"/>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="59"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="60"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="61"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="62"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="63"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="64"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="65"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="93"/>
        <source>{0} events</source>
        <translation>Событий: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="101"/>
        <source>Export events</source>
        <translation>Экспорт событий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="102"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FinanceTab</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="24"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="34"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="25"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="35"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="41"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="26"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="36"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="42"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="27"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="28"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="37"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="29"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="31"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="38"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="44"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="43"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="45"/>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="57"/>
        <source>Invoices for payment</source>
        <translation>Счета на оплату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="58"/>
        <source>Sales (shipments)</source>
        <translation>Продажи (отгрузки)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="59"/>
        <source>Payments received</source>
        <translation>Поступления оплат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="69"/>
        <source>Register &amp;payment…</source>
        <translation>Зарегистрировать &amp;оплату…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="95"/>
        <source>Invoiced: {0}</source>
        <translation>Выставлено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="97"/>
        <source>overdue invoices: {0}</source>
        <translation>просроченных счетов: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="99"/>
        <source>Shipped: {0}</source>
        <translation>Отгружено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="101"/>
        <source>Paid: {0}</source>
        <translation>Оплачено: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="38"/>
        <source>Welcome to CRM Desktop</source>
        <translation>Добро пожаловать в CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="49"/>
        <source>This database is empty. Try the program on realistic demo data, or start with your own company.</source>
        <translation>База данных пуста. Попробуйте программу на демонстрационных данных или начните работу со своей компанией.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="53"/>
        <source>Create demo data</source>
        <translation>Создать демо-данные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="56"/>
        <source>Start with my company…</source>
        <translation>Начать со своей компанией…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="84"/>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="85"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="86"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="87"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="90"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="46"/>
        <source>CRM Desktop — {0}</source>
        <translation>CRM Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="63"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="64"/>
        <source>&amp;Backup now</source>
        <translation>&amp;Резервная копия сейчас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="69"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="80"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="81"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="85"/>
        <source>Product &amp;catalogue</source>
        <translation>&amp;Каталог товаров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="90"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="95"/>
        <source>C&amp;lients</source>
        <translation>К&amp;лиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="96"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Новый партнёр…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="102"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="106"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="110"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112"/>
        <source>Custom &amp;fields…</source>
        <translation>&amp;Дополнительные поля…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="116"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Company…</source>
        <translation>&amp;Компания…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Mail server…</source>
        <translation>&amp;Почтовый сервер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="133"/>
        <source>&amp;Telephony links</source>
        <translation>&amp;Ссылки для звонков</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="136"/>
        <source>tel: (system default)</source>
        <translation>tel: (по умолчанию в системе)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="137"/>
        <source>sip: (SIP softphone)</source>
        <translation>sip: (SIP-софтфон)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="138"/>
        <source>callto: (Skype and others)</source>
        <translation>callto: (Skype и другие)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="147"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;О программе CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="152"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="155"/>
        <source>User: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="170"/>
        <source>Outbox: {0}</source>
        <translation>Исходящие: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="213"/>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="216"/>
        <source>Backup saved to {0}</source>
        <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="226"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="230"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="227"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Резервные копии (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="231"/>
        <source>Replace everything in {0} with the backup {1}? The current content is backed up first.</source>
        <translation>Заменить всё содержимое {0} резервной копией {1}? Текущее содержимое сначала будет сохранено в копию.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="246"/>
        <source>Restored from {0}; the previous content is in {1}</source>
        <translation>Восстановлено из {0}; прежнее содержимое сохранено в {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="270"/>
        <source>The search index could not be built: {0}</source>
        <translation>Не удалось построить поисковый индекс: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="283"/>
        <source>Daily backup saved to {0}</source>
        <translation>Ежедневная резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="289"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="290"/>
        <source>The database {0} is damaged ({1}). Keep working only to look things up, and restore the latest backup: File → Restore from backup….</source>
        <translation>База данных {0} повреждена ({1}). Работайте с ней только для просмотра и восстановите последнюю резервную копию: Файл → Восстановить из резервной копии….</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="300"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="301"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="304"/>
        <source>About CRM Desktop</source>
        <translation>О программе CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="305"/>
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
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="46"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="120"/>
        <source>Merge two clients</source>
        <translation>Объединение двух клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="50"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="50"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="51"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="51"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="52"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="52"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="53"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="53"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="53"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="54"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="54"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="55"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="55"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="56"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="56"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Россия)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="57"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="57"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="61"/>
        <source>One of the clients no longer exists</source>
        <translation>Одного из клиентов больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="67"/>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Оставить&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="112"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="92"/>
        <source>Contacts, events, deals, documents, payments and attachments of both move to the client you keep. The other is kept as merged, so later imports meet the survivor.</source>
        <translation>Контакты, события, сделки, документы, платежи и вложения обоих переходят к оставленному клиенту. Второй сохраняется как объединённый, и последующие импорты находят оставленного.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="99"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="121"/>
        <source>Merge {0} into {1}? This cannot be undone from here.</source>
        <translation>Объединить {0} с {1}? Отменить это здесь нельзя.</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="30"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="33"/>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="66"/>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="34"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="37"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="38"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="39"/>
        <source>Attempts</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="40"/>
        <source>Server&apos;s answer</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="44"/>
        <source>Show sent mail</source>
        <translation>Показать отправленные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="49"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="50"/>
        <source>&amp;Cancel message</source>
        <translation>&amp;Отменить письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="51"/>
        <source>Open in mail &amp;client</source>
        <translation>Открыть в &amp;почтовой программе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="66"/>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="67"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="68"/>
        <source>Will retry</source>
        <translation>Повторится</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="69"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="70"/>
        <source>Interrupted: check before resending</source>
        <translation>Прервано: проверьте перед повторной отправкой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="71"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="72"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="37"/>
        <source>Payment for {0}</source>
        <translation>Оплата по {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="52"/>
        <source>Outstanding</source>
        <translation>К оплате осталось</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="53"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="54"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="55"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="56"/>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>PriceImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="40"/>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="100"/>
        <source>Import prices and stock</source>
        <translation>Импорт цен и остатков</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="47"/>
        <source>Product code</source>
        <translation>Код товара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="47"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="48"/>
        <source>Minimum price</source>
        <translation>Минимальная цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="48"/>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="49"/>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="50"/>
        <source>Price: {0}</source>
        <translation>Цена: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="52"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>CSV or XLSX from the accounting system</source>
        <translation>CSV или XLSX из учётной системы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="65"/>
        <source>— from the file —</source>
        <translation>— из файла —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="68"/>
        <source>Stock goes to</source>
        <translation>Остатки — на склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="69"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Импортировать верные строки, даже если в других есть ошибки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="71"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="78"/>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="101"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="114"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: строк — {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="124"/>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="152"/>
        <source>Imported: {0} products updated, {1} stock levels set.</source>
        <translation>Импортировано: обновлено товаров — {0}, остатков — {1}.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="52"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="52"/>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="70"/>
        <source>Active (offered in quotes)</source>
        <translation>Активен (предлагается в КП)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="74"/>
        <source>Price type</source>
        <translation>Тип цены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="74"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="83"/>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="83"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="120"/>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="94"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="102"/>
        <source>Choose photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="110"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="112"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="113"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="114"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="115"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="159"/>
        <source>Recommended price</source>
        <translation>Рекомендуемая цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="116"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="160"/>
        <source>Minimum price</source>
        <translation>Минимальная цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="117"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="161"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="119"/>
        <source>Prices by type</source>
        <translation>Цены по типам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="121"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="137"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="138"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>QuickQuoteDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="70"/>
        <source>Quick quote — {0}</source>
        <translation>Быстрое КП — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="82"/>
        <source>&amp;Terms…</source>
        <translation>&amp;Условия…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="88"/>
        <source>Code or name; Enter adds, ↓ goes to the list</source>
        <translation>Код или название; Enter — добавить, ↓ — к списку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="95"/>
        <source>All products</source>
        <translation>Все товары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="110"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="111"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="112"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="117"/>
        <source>Total stock</source>
        <translation>Всего на складах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="118"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="120"/>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="129"/>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="348"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="154"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="155"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="156"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="157"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="158"/>
        <source>Price paid</source>
        <translation>Цена продажи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="177"/>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="179"/>
        <source>Send &amp;quote</source>
        <translation>Отправить &amp;КП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="181"/>
        <source>&amp;Sell: send invoice</source>
        <translation>&amp;Продать: отправить счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="198"/>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="251"/>
        <source>The new terms apply from the next quote; this one keeps its prices.</source>
        <translation>Новые условия действуют со следующего КП; в этом цены остаются прежними.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="265"/>
        <source>Price type: {0} · discount {1} % · {2} · payment in {3} days</source>
        <translation>Тип цены: {0} · скидка {1} % · {2} · оплата за {3} дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="359"/>
        <source>Past deals of the client ({0})</source>
        <translation>Прошлые сделки клиента ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="365"/>
        <source>Past deals of the client: {0} ({1})</source>
        <translation>Прошлые сделки клиента: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="366"/>
        <source>No past deals for {0}</source>
        <translation>Нет прошлых сделок по {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="382"/>
        <source>That deal was in {0}; this quote is in {1}.</source>
        <translation>Та сделка была в {0}; это предложение — в {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="387"/>
        <source>{0} is no longer in the catalogue.</source>
        <translation>{0} больше нет в каталоге.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="404"/>
        <source>{0}: only {1} in stock.</source>
        <translation>{0}: на складе только {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="413"/>
        <source>Net: {0}</source>
        <translation>Без НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="416"/>
        <source>VAT: {0}</source>
        <translation>НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="418"/>
        <source>Total: {0}</source>
        <translation>Итого: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="423"/>
        <source>Quick quote</source>
        <translation>Быстрое КП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="431"/>
        <source>Price below the minimum</source>
        <translation>Цена ниже минимальной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="432"/>
        <source>Some prices are below the minimum. Your reason for approving them:</source>
        <translation>Некоторые цены ниже минимальных. Причина согласования:</translation>
    </message>
</context>
<context>
    <name>QuoteLinesModel</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="33"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="33"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="33"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="33"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="34"/>
        <source>Discount %</source>
        <translation>Скидка %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="34"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="34"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="96"/>
        <source>Below the minimum price {0}</source>
        <translation>Ниже минимальной цены {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="99"/>
        <source>Only {0} in stock</source>
        <translation>На складе только {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="110"/>
        <source>The quantity must be above zero</source>
        <translation>Количество должно быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="114"/>
        <source>The discount must be from 0 to 99.99 %</source>
        <translation>Скидка должна быть от 0 до 99,99 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="130"/>
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
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="88"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="89"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="90"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="91"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="92"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="93"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="94"/>
        <source>Type the name, tax ID, phone or e-mail.</source>
        <translation>Введите название, налоговый номер, телефон или e-mail.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="99"/>
        <source>Open existing</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="103"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="107"/>
        <source>Full card…</source>
        <translation>Полная карточка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="151"/>
        <source>Already known? {0} similar client(s) below.</source>
        <translation>Уже есть? Похожих клиентов ниже: {0}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="154"/>
        <source>No similar client found.</source>
        <translation>Похожих клиентов не найдено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="175"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="176"/>
        <source>{0} looks like a client we already have. Create anyway? Your decision is recorded.</source>
        <translation>{0} похож на уже существующего клиента. Создать всё равно? Решение будет записано.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="39"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="42"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="43"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="44"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="47"/>
        <source>&amp;Snooze 10 min</source>
        <translation>&amp;Отложить на 10 мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="49"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="51"/>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="69"/>
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
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="29"/>
        <source>Mail server</source>
        <translation>Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="38"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="38"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="39"/>
        <source>None (unencrypted)</source>
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="48"/>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation>хранится в системном хранилище паролей; пусто — оставить прежний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="53"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="54"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="55"/>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="57"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="58"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="59"/>
        <source>From (address)</source>
        <translation>От кого (адрес)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="60"/>
        <source>From (name)</source>
        <translation>От кого (имя)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="63"/>
        <source>Send a &amp;test e-mail</source>
        <translation>Отправить &amp;тестовое письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="77"/>
        <source>Without encryption the password and the mail travel in clear text.</source>
        <translation>Без шифрования пароль и письма передаются открытым текстом.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="86"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="92"/>
        <source>Sent to {0}.</source>
        <translation>Отправлено на {0}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="93"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="98"/>
        <source>Not sent: {0}</source>
        <translation>Не отправлено: {0}</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="34"/>
        <source>Terms of sale — {0}</source>
        <translation>Условия продажи — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="57"/>
        <source>Price type</source>
        <translation>Тип цены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="58"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="59"/>
        <source>Payment days</source>
        <translation>Дней на оплату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="60"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="73"/>
        <source>Warehouses</source>
        <translation>Склады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="79"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="79"/>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="80"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="84"/>
        <source>&amp;Add warehouse</source>
        <translation>&amp;Добавить склад</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="41"/>
        <source> (process {0} on {1})</source>
        <translation> (процесс {0} на {1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="43"/>
        <source>The database {0} is already open in CRM Desktop{1}. Switch to that window, or close it and start again.</source>
        <translation>База данных {0} уже открыта в CRM Desktop{1}. Перейдите в то окно или закройте его и запустите программу снова.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="62"/>
        <location filename="../../crm_desktop/ui/app.py" line="66"/>
        <location filename="../../crm_desktop/ui/app.py" line="75"/>
        <location filename="../../crm_desktop/ui/app.py" line="88"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="67"/>
        <source>The database {0} is on a network share. SQLite&apos;s locking over SMB is not reliable and shared use can damage the file. For a team, use a PostgreSQL server (crm-desktop --db postgresql+psycopg://…).</source>
        <translation>База данных {0} находится в сетевой папке. Блокировки SQLite по SMB ненадёжны, и совместная работа может повредить файл. Для команды используйте сервер PostgreSQL (crm-desktop --db postgresql+psycopg://…).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="76"/>
        <source>If the file is damaged, restore the latest backup: crm-desktop db restore BACKUP-FILE (backups are in the backups folder beside the database).</source>
        <translation>Если файл повреждён, восстановите последнюю резервную копию: crm-desktop db restore ФАЙЛ-КОПИИ (копии лежат в папке backups рядом с базой данных).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="89"/>
        <source>The database has no active user.</source>
        <translation>В базе данных нет активного пользователя.</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="17"/>
        <source>This field is required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="18"/>
        <source>Not a valid phone number for the client&apos;s country</source>
        <translation>Неверный номер телефона для страны клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="19"/>
        <source>Not an e-mail address</source>
        <translation>Это не адрес e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="20"/>
        <source>Not a valid tax ID for the client&apos;s country</source>
        <translation>Неверный налоговый номер для страны клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="21"/>
        <source>Not a valid KPP (9 characters)</source>
        <translation>Неверный КПП (9 символов)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="22"/>
        <source>Not a valid IBAN (check digits or length)</source>
        <translation>Неверный IBAN (контрольные цифры или длина)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="23"/>
        <source>Not a bank account number</source>
        <translation>Это не номер банковского счёта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="24"/>
        <source>Not a valid BIC</source>
        <translation>Неверный БИК/BIC</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="25"/>
        <source>Unknown country</source>
        <translation>Неизвестная страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="26"/>
        <source>Not a currency code</source>
        <translation>Это не код валюты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="27"/>
        <source>Not a number</source>
        <translation>Это не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="28"/>
        <source>Not a date (YYYY-MM-DD)</source>
        <translation>Это не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="29"/>
        <source>Not one of the choices</source>
        <translation>Нет среди вариантов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="30"/>
        <source>A client cannot be related to itself</source>
        <translation>Клиент не может быть связан сам с собой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="31"/>
        <source>The birthday is in the future</source>
        <translation>День рождения в будущем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="40"/>
        <source>same tax ID {0}</source>
        <translation>тот же налоговый номер {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="42"/>
        <source>same phone {0}</source>
        <translation>тот же телефон {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="44"/>
        <source>same e-mail {0}</source>
        <translation>тот же e-mail {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="45"/>
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
    <name>imports</name>
    <message>
        <location filename="../../crm_desktop/ui/import_report.py" line="22"/>
        <source>Row {0}: {1}</source>
        <translation>Строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_report.py" line="25"/>
        <source>… and {0} more in the report</source>
        <translation>… и ещё {0} в отчёте</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_report.py" line="32"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/import_report.py" line="34"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="31"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="32"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="33"/>
        <source>E-mail</source>
        <translation>Эл. письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="34"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="35"/>
        <source>Planned interaction</source>
        <translation>Запланированное взаимодействие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="36"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="37"/>
        <location filename="../../crm_desktop/ui/labels.py" line="48"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="38"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="39"/>
        <location filename="../../crm_desktop/ui/labels.py" line="47"/>
        <location filename="../../crm_desktop/ui/labels.py" line="51"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="40"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="41"/>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="42"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="43"/>
        <source>Partially paid</source>
        <translation>Частично оплачен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="44"/>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="45"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="46"/>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="49"/>
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="50"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="52"/>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="53"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="54"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="55"/>
        <source>Components</source>
        <translation>Комплектующие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="56"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="57"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="58"/>
        <source>Open deal</source>
        <translation>Сделка открыта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="59"/>
        <source>Won deal</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="60"/>
        <source>Lost deal</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="61"/>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="62"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="63"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="64"/>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="65"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="66"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="67"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="68"/>
        <source>Inactive</source>
        <translation>Неактивный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="69"/>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="70"/>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="71"/>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="72"/>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="73"/>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="74"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="75"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="76"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="77"/>
        <source>Choice</source>
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="78"/>
        <source>Checkbox</source>
        <translation>Флажок</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="19"/>
        <source>Something went wrong: {0}. Nothing was saved. Details are in the log file.</source>
        <translation>Произошла ошибка: {0}. Ничего не сохранено. Подробности — в журнале программы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="26"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
</context>
</TS>
