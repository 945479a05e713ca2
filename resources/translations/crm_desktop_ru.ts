<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>CallResultDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="47" />
        <source>Call result</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="51" />
        <source>Save result</source>
        <translation>Сохранить результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="52" />
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="57" />
        <source>Call with {0} started at {1}. How did it go?</source>
        <translation>Звонок {0} начат в {1}. Каков результат?</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="41" />
        <source>Choose a client: a day's client, an event or search</source>
        <translation>Выберите клиента: из клиентов дня, из события или поиском</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="46" />
        <source>&amp;Call</source>
        <translation>&amp;Позвонить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="47" />
        <source>&amp;New event</source>
        <translation>&amp;Новое событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="48" />
        <source>&amp;Requisites</source>
        <translation>&amp;Реквизиты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="49" />
        <source>E&amp;vents</source>
        <translation>Со&amp;бытия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="50" />
        <source>&amp;Price</source>
        <translation>&amp;Прайс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="51" />
        <source>The quick-quote form comes with the product catalogue</source>
        <translation>Форма быстрого КП появится вместе с каталогом товаров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="60" />
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="68" />
        <source>Client since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="69" />
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="70" />
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="71" />
        <source>Total sales</source>
        <translation>Сумма продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="72" />
        <source>Debt</source>
        <translation>Долг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="80" />
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="107" />
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="82" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="83" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="84" />
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="85" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="86" />
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="87" />
        <source>Time zone unknown</source>
        <translation>Часовой пояс неизвестен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="93" />
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="98" />
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="98" />
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="99" />
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="99" />
        <source>Last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="104" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106" />
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="118" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="108" />
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="109" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="120" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="129" />
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="130" />
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="79" />
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="85" />
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="93" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="80" />
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="81" />
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="84" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="86" />
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="94" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="87" />
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="95" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="88" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="92" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="113" />
        <source>Clients of the day</source>
        <translation>Клиенты дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="114" />
        <source>Agenda</source>
        <translation>План дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="115" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="131" />
        <source>Events on {0}: {1}</source>
        <translation>Событий на {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="139" />
        <source>Overdue: {0}</source>
        <translation>Просрочено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="143" />
        <source>Overdue ({0})</source>
        <translation>Просрочено ({0})</translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="173" />
        <location filename="../../crm_desktop/ui/desk/desk.py" line="177" />
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="174" />
        <source>This contact person has no phone number.</source>
        <translation>У этого контактного лица нет телефона.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="178" />
        <source>No program on this computer makes calls for {0} links. Install a softphone or choose another link type in the settings.</source>
        <translation>На этом компьютере нет программы для звонков по ссылкам {0}. Установите софтфон или выберите другой тип ссылок в настройках.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="64" />
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="64" />
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="85" />
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="105" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="106" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="107" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="108" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="109" />
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="110" />
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="111" />
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="112" />
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="113" />
        <source>Content</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="114" />
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="180" />
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="116" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="123" />
        <source>Co&amp;mplete…</source>
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="126" />
        <source>Cancel &amp;event</source>
        <translation>Отменить &amp;событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="138" />
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="140" />
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="142" />
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="143" />
        <source>{0} min before</source>
        <translation>За {0} мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="179" />
        <source>Complete the event</source>
        <translation>Завершение события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="185" />
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="186" />
        <source>Plan the next step with this client?</source>
        <translation>Запланировать следующий шаг с этим клиентом?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="222" />
        <source>Cancel the event</source>
        <translation>Отмена события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="222" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>EventsReportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="41" />
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="45" />
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="46" />
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="47" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="48" />
        <source>Current client</source>
        <translation>Текущий клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="49" />
        <source>By type, last 90 days</source>
        <translation>По типу, последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="55" />
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="59" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="60" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="61" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="62" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="63" />
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="64" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="65" />
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="92" />
        <source>{0} events</source>
        <translation>Событий: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="100" />
        <source>Export events</source>
        <translation>Экспорт событий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="101" />
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FinanceTab</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="21" />
        <location filename="../../crm_desktop/ui/desk/finance.py" line="31" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="22" />
        <location filename="../../crm_desktop/ui/desk/finance.py" line="32" />
        <location filename="../../crm_desktop/ui/desk/finance.py" line="38" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="23" />
        <location filename="../../crm_desktop/ui/desk/finance.py" line="33" />
        <location filename="../../crm_desktop/ui/desk/finance.py" line="39" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="24" />
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="25" />
        <location filename="../../crm_desktop/ui/desk/finance.py" line="34" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="26" />
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="28" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="35" />
        <location filename="../../crm_desktop/ui/desk/finance.py" line="41" />
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="40" />
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="42" />
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="54" />
        <source>Invoices for payment</source>
        <translation>Счета на оплату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="55" />
        <source>Sales (shipments)</source>
        <translation>Продажи (отгрузки)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="56" />
        <source>Payments received</source>
        <translation>Поступления оплат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="84" />
        <source>Invoiced: {0}</source>
        <translation>Выставлено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="86" />
        <source>overdue invoices: {0}</source>
        <translation>просроченных счетов: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="88" />
        <source>Shipped: {0}</source>
        <translation>Отгружено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="90" />
        <source>Paid: {0}</source>
        <translation>Оплачено: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="37" />
        <source>Welcome to CRM Desktop</source>
        <translation>Добро пожаловать в CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="48" />
        <source>This database is empty. Try the program on realistic demo data, or start with your own company.</source>
        <translation>База данных пуста. Попробуйте программу на демонстрационных данных или начните работу со своей компанией.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="52" />
        <source>Create demo data</source>
        <translation>Создать демо-данные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="55" />
        <source>Start with my company…</source>
        <translation>Начать со своей компанией…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="83" />
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="84" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="85" />
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="86" />
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="89" />
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="22" />
        <source>Search clients, contacts, phones, e-mails, tax IDs (Ctrl+K)</source>
        <translation>Поиск клиентов, контактов, телефонов, e-mail, ИНН/БИН (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="30" />
        <source>CRM Desktop — {0}</source>
        <translation>CRM Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="47" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="48" />
        <source>&amp;Backup now</source>
        <translation>&amp;Резервная копия сейчас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="54" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="59" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="60" />
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="61" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="70" />
        <source>&amp;Telephony links</source>
        <translation>&amp;Ссылки для звонков</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="73" />
        <source>tel: (system default)</source>
        <translation>tel: (по умолчанию в системе)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="74" />
        <source>sip: (SIP softphone)</source>
        <translation>sip: (SIP-софтфон)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="75" />
        <source>callto: (Skype and others)</source>
        <translation>callto: (Skype и другие)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="83" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="84" />
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;О программе CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="89" />
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="92" />
        <source>User: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98" />
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="101" />
        <source>Backup saved to {0}</source>
        <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="113" />
        <source>The new language is used from the next start of the program.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="116" />
        <source>About CRM Desktop</source>
        <translation>О программе CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="117" />
        <source>CRM Desktop {0}
The sales desk for sales teams.
Database: {1}</source>
        <translation>CRM Desktop {0}
Рабочий стол менеджера по продажам.
База данных: {1}</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="37" />
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="40" />
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="41" />
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="42" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="45" />
        <source>&amp;Snooze 10 min</source>
        <translation>&amp;Отложить на 10 мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="47" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="49" />
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="66" />
        <source>{0} reminders</source>
        <translation>Напоминаний: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="106" />
        <source>CRM Desktop reminder</source>
        <translation>Напоминание CRM Desktop</translation>
    </message>
</context>
<context>
    <name>RequisitesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="15" />
        <source>Requisites — {0}</source>
        <translation>Реквизиты — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="18" />
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="18" />
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="19" />
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="19" />
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="20" />
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="20" />
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="21" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="21" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="22" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="22" />
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="23" />
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/requisites.py" line="23" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="39" />
        <location filename="../../crm_desktop/ui/app.py" line="48" />
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="49" />
        <source>The database has no active user.</source>
        <translation>В базе данных нет активного пользователя.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="24" />
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="25" />
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="26" />
        <source>E-mail</source>
        <translation>Эл. письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="27" />
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="28" />
        <source>Planned interaction</source>
        <translation>Запланированное взаимодействие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="29" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="30" />
        <location filename="../../crm_desktop/ui/labels.py" line="41" />
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="31" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="32" />
        <location filename="../../crm_desktop/ui/labels.py" line="40" />
        <location filename="../../crm_desktop/ui/labels.py" line="44" />
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="33" />
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="34" />
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="35" />
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="36" />
        <source>Partially paid</source>
        <translation>Частично оплачен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="37" />
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="38" />
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="39" />
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="42" />
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="43" />
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="45" />
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="46" />
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/labels.py" line="47" />
        <source>Card</source>
        <translation>Карта</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="19" />
        <source>Something went wrong: {0}. Nothing was saved. Details are in the log file.</source>
        <translation>Произошла ошибка: {0}. Ничего не сохранено. Подробности — в журнале программы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="26" />
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
</context>
</TS>