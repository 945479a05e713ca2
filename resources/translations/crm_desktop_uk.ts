<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en_US">
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="128"/>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="129"/>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="132"/>
        <source>how</source>
        <translation>як</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="133"/>
        <source>managers (logins, comma-separated)</source>
        <translation>менеджери (логіни через кому)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="134"/>
        <source>table: match=login; match=login</source>
        <translation>таблиця: значення=логін; значення=логін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="135"/>
        <source>by</source>
        <translation>за</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="138"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="144"/>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="139"/>
        <source>due in days</source>
        <translation>строк, днів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="140"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="146"/>
        <source>for</source>
        <translation>виконавець</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="143"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="145"/>
        <source>in days</source>
        <translation>через, днів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="149"/>
        <source>pipeline</source>
        <translation>воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="150"/>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="153"/>
        <source>stage</source>
        <translation>етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="156"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="159"/>
        <source>tag</source>
        <translation>мітка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="162"/>
        <source>template</source>
        <translation>шаблон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="165"/>
        <source>whom</source>
        <translation>кому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="166"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="169"/>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="170"/>
        <source>title, e.g. Contract for {client}</source>
        <translation>заголовок, наприклад Договір для {client}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="171"/>
        <source>text, with {client}, {title}, {amount}…</source>
        <translation>текст, з {client}, {title}, {amount}…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="174"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="175"/>
        <source>timeout, s</source>
        <translation>тайм-аут, с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="176"/>
        <source>retries</source>
        <translation>повторів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="212"/>
        <source>the record&apos;s manager</source>
        <translation>менеджер запису</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="220"/>
        <source>the default pipeline</source>
        <translation>типова воронка продажів</translation>
    </message>
</context>
<context>
    <name>AutomationButton</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="24"/>
        <source>A&amp;utomation</source>
        <translation>А&amp;втоматизація</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="26"/>
        <source>Why did something happen to this record, and the rules you can run on it by hand</source>
        <translation>Чому з цим записом щось сталося, і правила, які можна запустити для нього вручну</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="38"/>
        <source>Why did this happen?</source>
        <translation>Чому це сталося?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="45"/>
        <source>No rules to run by hand</source>
        <translation>Немає правил для ручного запуску</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="48"/>
        <source>Run: {rule}</source>
        <translation>Запустити: {rule}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="73"/>
        <source>nothing to do</source>
        <translation>нічого робити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="76"/>
        <source>Done: {what}</source>
        <translation>Виконано: {what}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="77"/>
        <source>The rule failed: {what}</source>
        <translation>Правило не виконано: {what}</translation>
    </message>
</context>
<context>
    <name>CallResultDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="43"/>
        <source>Call result</source>
        <translation>Результат дзвінка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="47"/>
        <source>Save result</source>
        <translation>Зберегти результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="48"/>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/call.py" line="53"/>
        <source>Call with {0} started at {1}. How did it go?</source>
        <translation>Дзвінок з {0} розпочато о {1}. Який результат?</translation>
    </message>
</context>
<context>
    <name>CampaignWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="92"/>
        <source>Mass mailing</source>
        <translation>Масова розсилка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="101"/>
        <source>New campaign</source>
        <translation>Нова кампанія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="102"/>
        <source>Campaigns</source>
        <translation>Кампанії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="103"/>
        <source>Opt-out list</source>
        <translation>Список відписаних</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="109"/>
        <source>Only the head of sales sends campaigns</source>
        <translation>Кампанії надсилає лише керівник відділу продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="126"/>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="140"/>
        <source>Save &amp;template</source>
        <translation>Зберегти &amp;шаблон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="144"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="150"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="155"/>
        <source>&amp;Letter:</source>
        <translation>&amp;Лист:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="160"/>
        <source>Placeholders:</source>
        <translation>Поля для підстановки:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="162"/>
        <source>Send</source>
        <translation>Надсилання</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="167"/>
        <source> a minute</source>
        <translation> за хвилину</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="168"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Швидкість:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="175"/>
        <source>your own address</source>
        <translation>ваша власна адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="176"/>
        <source>Test &amp;to:</source>
        <translation>Тест &amp;на:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="177"/>
        <source>Send a t&amp;est to myself</source>
        <translation>Надіслати т&amp;ест собі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="181"/>
        <source>Send the &amp;campaign…</source>
        <translation>Надіслати &amp;кампанію…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="189"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="390"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="461"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="190"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="391"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="462"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="479"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="191"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="192"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="249"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="392"/>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="220"/>
        <source>All clients</source>
        <translation>Усі контрагенти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="260"/>
        <source>Counting the segment…</source>
        <translation>Підрахунок сегмента…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="281"/>
        <source>{total} clients in the segment: {queued} will get the letter, {opted} opted out, {bad} bad address, {none} without an address, {shared} at an address another client gets it at</source>
        <translation>Контрагентів у сегменті: {total}. Отримають лист: {queued}; відписалися: {opted}; хибна адреса: {bad}; без адреси: {none}; адреса спільна з іншим контрагентом: {shared}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="310"/>
        <source>To: {to}
Subject: {subject}</source>
        <translation>Кому: {to}
Тема: {subject}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="313"/>
        <source>Not sent to this client: {why}</source>
        <translation>Цьому контрагенту не надсилається: {why}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="337"/>
        <source>A test letter to {to} is in the outbox.</source>
        <translation>Тестовий лист на {to} у вихідних.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="344"/>
        <source>Send the campaign</source>
        <translation>Надсилання кампанії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="345"/>
        <source>Send the letter to {queued} clients, {rate} a minute (about {minutes} minutes)?</source>
        <translation>Надіслати лист контрагентам ({queued}), {rate} за хвилину (приблизно {minutes} хв)?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="370"/>
        <source>Queued at</source>
        <translation>У черзі з</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="371"/>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="372"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="373"/>
        <source>Rate</source>
        <translation>Швидкість</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="373"/>
        <source>{n}/min</source>
        <translation>{n}/хв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="375"/>
        <source>Clients</source>
        <translation>Контрагенти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="376"/>
        <source>Waiting</source>
        <translation>Очікують</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="377"/>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="378"/>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="379"/>
        <source>Opted out</source>
        <translation>Відписалися</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="380"/>
        <source>Bad address</source>
        <translation>Хибна адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="381"/>
        <source>No address</source>
        <translation>Без адреси</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="387"/>
        <source>The chosen campaign&apos;s recipients (failures first):</source>
        <translation>Одержувачі вибраної кампанії (спершу невдалі):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="394"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="480"/>
        <source>Server&apos;s answer</source>
        <translation>Відповідь сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="400"/>
        <source>Cancel the letters not yet sent</source>
        <translation>Скасувати ще не надіслані листи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="447"/>
        <source>e-mail address that asked to stop, or the subject of its unsubscribe reply</source>
        <translation>адреса e-mail, що попросила припинити розсилку, або тема її відповіді з відпискою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="454"/>
        <source>&amp;Add to the list</source>
        <translation>&amp;Додати до списку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="460"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="478"/>
        <source>Since</source>
        <translation>Відколи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="461"/>
        <source>(any client)</source>
        <translation>(будь-який контрагент)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="462"/>
        <source>(every address)</source>
        <translation>(усі адреси)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="463"/>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="464"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="470"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Вилучити зі списку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="475"/>
        <source>Addresses a mail server refused for good (campaigns skip them):</source>
        <translation>Адреси, які поштовий сервер відхилив остаточно (кампанії їх пропускають):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="486"/>
        <source>Try this address &amp;again</source>
        <translation>Спробувати цю адресу &amp;знову</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="130"/>
        <source>Product catalogue</source>
        <translation>Каталог товарів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="142"/>
        <source>Code or name</source>
        <translation>Код або назва</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="145"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="146"/>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="253"/>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="148"/>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="149"/>
        <source>Recommended price</source>
        <translation>Рекомендована ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="151"/>
        <source>Minimum price</source>
        <translation>Мінімальна ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="153"/>
        <source>VAT %</source>
        <translation>ПДВ %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="159"/>
        <source>&amp;New product</source>
        <translation>&amp;Новий товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Змінити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="161"/>
        <source>New &amp;category</source>
        <translation>Нова &amp;категорія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="162"/>
        <source>&amp;Warehouses…</source>
        <translation>&amp;Склади…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="163"/>
        <source>&amp;Import prices and stock…</source>
        <translation>&amp;Імпорт цін і залишків…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="253"/>
        <source>New category</source>
        <translation>Нова категорія</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="59"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="59"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryView</name>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="50"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="51"/>
        <source>Before</source>
        <translation>Було</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="51"/>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="52"/>
        <source>Reload</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="63"/>
        <source>A new card has no history yet.</source>
        <translation>Нова картка ще не має історії.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="66"/>
        <source>The change history is kept by the team server: sign in to one to see who changed what.</source>
        <translation>Історію змін зберігає командний сервер: увійдіть на нього, щоб побачити, хто що змінив.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="69"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="80"/>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="80"/>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="81"/>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="81"/>
        <source>merged</source>
        <translation>об&apos;єднано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="82"/>
        <source>No changes recorded yet.</source>
        <translation>Змін поки не записано.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/history.py" line="85"/>
        <source>the program</source>
        <translation>програма</translation>
    </message>
</context>
<context>
    <name>ClaimCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="152"/>
        <source>&amp;Claim</source>
        <translation>&amp;Рекламація</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="153"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="547"/>
        <source>&amp;Plan</source>
        <translation>&amp;План</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="154"/>
        <source>&amp;Files</source>
        <translation>&amp;Файли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="155"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Взаємодії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>From</source>
        <translation>Звідки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>To</source>
        <translation>Куди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="158"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="161"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="165"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="186"/>
        <source>New claim</source>
        <translation>Нова рекламація</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="187"/>
        <source>New claim (numbered when saved)</source>
        <translation>Нова рекламація (номер при збереженні)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="212"/>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="254"/>
        <source>Find the claimant…</source>
        <translation>Знайдіть заявника…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="267"/>
        <source>(the reason&apos;s department)</source>
        <translation>(відділ причини)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="269"/>
        <source>Edit the &amp;list…</source>
        <translation>Змінити сп&amp;исок…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="286"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="287"/>
        <source>Claimant &amp;is</source>
        <translation>&amp;Тип заявника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="288"/>
        <source>Claimant</source>
        <translation>Заявник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="289"/>
        <source>C&amp;ontact person</source>
        <translation>&amp;Контактна особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="290"/>
        <source>&amp;Order</source>
        <translation>Замов&amp;лення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="291"/>
        <source>&amp;Invoice</source>
        <translation>Ра&amp;хунок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="292"/>
        <source>&amp;Product</source>
        <translation>Тов&amp;ар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="293"/>
        <source>&amp;Responsible</source>
        <translation>Відповідаль&amp;ний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="294"/>
        <source>Person at &amp;fault</source>
        <translation>Винна о&amp;соба</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="295"/>
        <source>Department at fa&amp;ult</source>
        <translation>Винни&amp;й відділ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="296"/>
        <source>Rea&amp;son</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="299"/>
        <source>Se&amp;verity</source>
        <translation>&amp;Серйозність</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="300"/>
        <source>Dead&amp;line</source>
        <translation>Т&amp;ермін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="304"/>
        <source>&amp;Essence</source>
        <translation>С&amp;уть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="305"/>
        <source>Requested re&amp;medy</source>
        <translation>Ви&amp;мога заявника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="309"/>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>By when</source>
        <translation>До коли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="324"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="329"/>
        <source>What is to be done…</source>
        <translation>Що потрібно зробити…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="336"/>
        <source>&amp;Add task</source>
        <translation>&amp;Додати завдання</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="339"/>
        <source>Mark &amp;done…</source>
        <translation>Позначити викона&amp;ним…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="358"/>
        <source>&amp;Attach files…</source>
        <translation>При&amp;кріпити файли…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="361"/>
        <source>&amp;Open</source>
        <translation>Відкр&amp;ити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="375"/>
        <source>Content</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="384"/>
        <source>Subject…</source>
        <translation>Тема…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="387"/>
        <source>What was said or agreed…</source>
        <translation>Що сказали або про що домовилися…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="388"/>
        <source>&amp;Log</source>
        <translation>Запи&amp;сати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="428"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="450"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="438"/>
        <source>(the claim&apos;s responsible)</source>
        <translation>(відповідальний за рекламацію)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="475"/>
        <source>Claim {0}</source>
        <translation>Рекламація {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="476"/>
        <source>Claim {0} of {1}</source>
        <translation>Рекламація {0} від {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="495"/>
        <source>Result: {0}</source>
        <translation>Результат: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="497"/>
        <source>Satisfaction: {0} of 5</source>
        <translation>Задоволеність: {0} з 5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="501"/>
        <source>Repeats the open claim {0}</source>
        <translation>Повторює відкриту рекламацію {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="529"/>
        <source>{0} B</source>
        <translation>{0} Б</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="531"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="532"/>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="535"/>
        <source>{0} of {1} done</source>
        <translation>Виконано {0} з {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="537"/>
        <source>{0} overdue</source>
        <translation>Прострочено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="538"/>
        <source>No plan yet</source>
        <translation>Плану ще немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="544"/>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="546"/>
        <source>&amp;Plan ({0}/{1})</source>
        <translation>&amp;План ({0}/{1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="558"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="564"/>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="567"/>
        <source>since {0}</source>
        <translation>з {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="569"/>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="584"/>
        <source>Choose the claimant first.</source>
        <translation>Спочатку виберіть заявника.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="611"/>
        <source>This claim repeats the open claim {0}.</source>
        <translation>Ця рекламація повторює відкриту рекламацію {0}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="676"/>
        <source>Task done</source>
        <translation>Завдання виконано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="677"/>
        <source>What came out of it:</source>
        <translation>Що з цього вийшло:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="693"/>
        <source>Attach files</source>
        <translation>Прикріпити файли</translation>
    </message>
</context>
<context>
    <name>ClaimsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="58"/>
        <source>Claims</source>
        <translation>Рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="68"/>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="69"/>
        <source>Open (not resolved or rejected)</source>
        <translation>Відкриті (у роботі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="72"/>
        <source>All reasons</source>
        <translation>Усі причини</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="73"/>
        <source>All departments</source>
        <translation>Усі відділи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="74"/>
        <source>Anyone responsible</source>
        <translation>Будь-який відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="75"/>
        <source>All clients</source>
        <translation>Усі контрагенти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="76"/>
        <source>&amp;Overdue only</source>
        <translation>Лише &amp;прострочені</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="82"/>
        <source>Number, client or essence…</source>
        <translation>Номер, контрагент або суть…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="84"/>
        <source>&amp;New claim…</source>
        <translation>&amp;Нова рекламація…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="88"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="91"/>
        <source>&amp;Reasons…</source>
        <translation>При&amp;чини…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="96"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="98"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="166"/>
        <source>(any)</source>
        <translation>(будь-який)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="228"/>
        <source>{0} claims, {1} open, {2} overdue</source>
        <translation>Рекламацій: {0}, відкритих: {1}, прострочених: {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="300"/>
        <source>Export claims</source>
        <translation>Експорт рекламацій</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="301"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="306"/>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="314"/>
        <source>{0} claims exported to {1}</source>
        <translation>Рекламацій експортовано: {0} у {1}</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="99"/>
        <source>New client</source>
        <translation>Новий контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="120"/>
        <source>Change history</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="133"/>
        <source>New c&amp;laim…</source>
        <translation>Нова ре&amp;кламація…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="100"/>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="124"/>
        <source>Contact {0}</source>
        <translation>Контакт {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/custom.py" line="37"/>
        <source>No custom fields yet. An administrator adds them in Settings → Custom fields.</source>
        <translation>Додаткових полів поки немає. Адміністратор додає їх у меню Налаштування → Додаткові поля.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/custom.py" line="63"/>
        <source>Custom fields</source>
        <translation>Дод. поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="40"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="40"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="41"/>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="42"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="44"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="45"/>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="46"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="59"/>
        <source>Kept beside similar clients:</source>
        <translation>Збережено поруч зі схожими контрагентами:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/history.py" line="67"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="78"/>
        <source>(nobody)</source>
        <translation>(ніхто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="83"/>
        <source>VIP, wholesale</source>
        <translation>VIP, гурт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="95"/>
        <source>One phone a line, e.g. +7 727 250 10 20</source>
        <translation>Один телефон у рядку, напр. +380 44 250 10 20</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="98"/>
        <source>One e-mail a line</source>
        <translation>Одна e-mail-адреса в рядку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="103"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="202"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="104"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="188"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="203"/>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="105"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="204"/>
        <source>Full name</source>
        <translation>Повне найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="107"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="212"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="108"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="213"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="109"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="110"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="214"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="111"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="189"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="207"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="112"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="208"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="113"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="209"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="114"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="210"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="115"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="190"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="52"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="215"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="116"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="191"/>
        <source>Office phones</source>
        <translation>Телефони офісу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="117"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="192"/>
        <source>Office e-mails</source>
        <translation>E-mail офісу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="123"/>
        <source>Probable typo: {0} mixes Latin and Cyrillic letters</source>
        <translation>Можлива помилка: у {0} змішано латинські й кириличні літери</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="135"/>
        <source>Main</source>
        <translation>Основний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="48"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="217"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="50"/>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="59"/>
        <source>Attach a file…</source>
        <translation>Прикріпити файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="65"/>
        <source>Notes and attachments</source>
        <translation>Нотатки й вкладення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="72"/>
        <source>Save the client first</source>
        <translation>Спочатку збережіть контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="79"/>
        <source>Attach a file</source>
        <translation>Прикріпити файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/notes.py" line="103"/>
        <source>The file is missing from the attachment store</source>
        <translation>Файлу немає у сховищі вкладень</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="38"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="86"/>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="39"/>
        <source>Relation</source>
        <translation>Зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="40"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="42"/>
        <source>Link a partner…</source>
        <translation>Зв&apos;язати з партнером…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="45"/>
        <source>Remove link</source>
        <translation>Видалити зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="55"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="113"/>
        <source>Relations</source>
        <translation>Зв&apos;язки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="75"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="85"/>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="92"/>
        <source>Link a partner</source>
        <translation>Зв&apos;язати з партнером</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="76"/>
        <source>Partner&apos;s name, tax ID or phone</source>
        <translation>Назва, ЄДРПОУ/РНОКПП або телефон партнера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="82"/>
        <source>No client matches {0}</source>
        <translation>Немає контрагента за запитом {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/relations.py" line="93"/>
        <source>Relation (e.g. branch of, dealer of)</source>
        <translation>Зв&apos;язок (напр., філія, дилер)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="41"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="127"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="43"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="211"/>
        <source>Legal address</source>
        <translation>Юридична адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="44"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="216"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="46"/>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="128"/>
        <source>Bank accounts</source>
        <translation>Банківські рахунки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="50"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="51"/>
        <source>Account / IBAN</source>
        <translation>Рахунок / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="52"/>
        <source>BIC</source>
        <translation>Код BIC</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="53"/>
        <source>Default</source>
        <translation>Основний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="57"/>
        <source>Add account</source>
        <translation>Додати рахунок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="60"/>
        <source>Remove account</source>
        <translation>Видалити рахунок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="76"/>
        <source>Requisites</source>
        <translation>Реквізити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="205"/>
        <source>Tax ID</source>
        <translation>ЄДРПОУ/РНОКПП</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="201"/>
        <source>Client ID</source>
        <translation>ID контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="206"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Росія)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="220"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="222"/>
        <source>Contact phones</source>
        <translation>Телефони контакту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="223"/>
        <source>Contact e-mails</source>
        <translation>Ел. пошта контакту</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="61"/>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="151"/>
        <source>Import clients</source>
        <translation>Імпорт контрагентів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Client name</source>
        <translation>Найменування контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Full name</source>
        <translation>Повне найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Tax ID</source>
        <translation>ЄДРПОУ/РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Legal address</source>
        <translation>Юридична адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="73"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Office phone</source>
        <translation>Телефон офісу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Office e-mail</source>
        <translation>E-mail офісу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Contact: full name</source>
        <translation>Контакт: ПІБ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: first name</source>
        <translation>Контакт: ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: middle name</source>
        <translation>Контакт: по батькові</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: last name</source>
        <translation>Контакт: прізвище</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: position</source>
        <translation>Контакт: посада</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="78"/>
        <source>Contact: phone</source>
        <translation>Контакт: телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="79"/>
        <source>Contact: e-mail</source>
        <translation>Контакт: e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Contact: birthday</source>
        <translation>Контакт: день народження</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Contact: primary</source>
        <translation>Контакт: основний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="81"/>
        <source>Client ID (groups rows)</source>
        <translation>ID контрагента (об&apos;єднує рядки)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="83"/>
        <source>Choose a file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="86"/>
        <source>CSV, Excel (XLSX) or vCard (VCF)</source>
        <translation>CSV, Excel (XLSX) або vCard (VCF)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="96"/>
        <source>Skip rows of existing clients</source>
        <translation>Пропускати рядки наявних контрагентів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="97"/>
        <source>Update existing clients</source>
        <translation>Оновлювати наявних контрагентів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="98"/>
        <source>Create anyway (recorded)</source>
        <translation>Створювати все одно (з позначкою)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="99"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Імпортувати правильні рядки, навіть якщо в інших є помилки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="105"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="109"/>
        <source>Cancel import</source>
        <translation>Перервати імпорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="116"/>
        <source>Save the report…</source>
        <translation>Зберегти звіт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="119"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="126"/>
        <source>Duplicates:</source>
        <translation>Дублі:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="139"/>
        <source>Choose what each column holds:</source>
        <translation>Укажіть, що містить кожен стовпець:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="152"/>
        <source>Clients (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>Контрагенти (*.csv *.xlsx *.vcf);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="170"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: рядків — {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="183"/>
        <source>— skip —</source>
        <translation>— пропустити —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="238"/>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="246"/>
        <source>Imported: {0} clients created, {1} updated, {2} skipped as duplicates, {3} contact persons.</source>
        <translation>Імпортовано: створено контрагентів {0}, оновлено {1}, пропущено дублів {2}, контактних осіб {3}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="254"/>
        <source>{0} of {1} rows have problems; nothing was imported. Fix the file, or accept a partial import.</source>
        <translation>У {0} з {1} рядків є помилки; нічого не імпортовано. Виправте файл або дозвольте частковий імпорт.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="258"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Імпорт перервано; нічого не імпортовано.</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="45"/>
        <source>Choose a client: a day&apos;s client, an event or search</source>
        <translation>Виберіть контрагента: з контрагентів дня, з події або пошуком</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="50"/>
        <source>&amp;Call</source>
        <translation>&amp;Подзвонити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="51"/>
        <source>&amp;New event</source>
        <translation>&amp;Нова подія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="52"/>
        <source>Client &amp;card</source>
        <translation>&amp;Картка контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="53"/>
        <source>E&amp;vents</source>
        <translation>По&amp;дії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="54"/>
        <source>&amp;Price</source>
        <translation>&amp;Ціни</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="55"/>
        <source>Quick quote for this client</source>
        <translation>Швидка комерційна пропозиція для цього контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="63"/>
        <source>Summary</source>
        <translation>Зведення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="71"/>
        <source>Client since</source>
        <translation>Контрагент з</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="72"/>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="73"/>
        <source>Average check</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="74"/>
        <source>Total sales</source>
        <translation>Сума продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="75"/>
        <source>Debt</source>
        <translation>Борг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="87"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="114"/>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="89"/>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="90"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="91"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="92"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="93"/>
        <source>Local time</source>
        <translation>Місцевий час</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="94"/>
        <source>Time zone unknown</source>
        <translation>Часовий пояс невідомий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="100"/>
        <source>All types</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>All time</source>
        <translation>За весь час</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Last year</source>
        <translation>Останній рік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="111"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="112"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="113"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="128"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="115"/>
        <source>Content</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="117"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="119"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="130"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="139"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="140"/>
        <source>Finance</source>
        <translation>Фінанси</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="160"/>
        <source>The earlier of the first deal and the first document; without either, the day the client was added.</source>
        <translation>Раніша з дат: перша угода або перший документ; якщо немає жодного — день додавання контрагента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="162"/>
        <source>Every deal with the client: open, won and lost. Every sale belongs to a deal.</source>
        <translation>Усі угоди з контрагентом: відкриті, виграні та програні. Кожен продаж належить угоді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="164"/>
        <source>Total sales divided by the number of sales (invoices paid in full); a dash while there is none.</source>
        <translation>Сума продажів, поділена на кількість продажів (рахунків, оплачених повністю); риска, поки їх немає.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="166"/>
        <source>The sum of the client&apos;s sales: invoices paid in full, in the client&apos;s currency.</source>
        <translation>Сума продажів контрагенту: рахунки, оплачені повністю, у валюті контрагента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="168"/>
        <source>Issued invoices (neither drafts nor cancelled) minus every payment received, in the client&apos;s currency; negative is an advance.</source>
        <translation>Виставлені рахунки (не чернетки й не скасовані) мінус усі отримані оплати, у валюті контрагента; від&apos;ємне значення — аванс.</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>Tax ID</source>
        <translation>ЄДРПОУ/РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="65"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="66"/>
        <source>Since</source>
        <translation>Контрагент з</translation>
    </message>
</context>
<context>
    <name>ClientsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="149"/>
        <source>Clients</source>
        <translation>Контрагенти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="155"/>
        <source>Name, tax ID, phone, e-mail…</source>
        <translation>Назва, ЄДРПОУ/РНОКПП, телефон, e-mail…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="166"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="167"/>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="168"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="169"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="170"/>
        <source>Custom field</source>
        <translation>Додаткове поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="175"/>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="178"/>
        <source>Save as segment…</source>
        <translation>Зберегти як сегмент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="203"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Новий партнер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="205"/>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="206"/>
        <source>&amp;Merge two…</source>
        <translation>&amp;Об&apos;єднати двох…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="208"/>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="210"/>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="226"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="257"/>
        <source>Status: all</source>
        <translation>Статус: усі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="271"/>
        <source>Tag: all</source>
        <translation>Мітка: усі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="273"/>
        <source>Responsible: all</source>
        <translation>Відповідальний: усі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="274"/>
        <source>Region: all</source>
        <translation>Область: усі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="275"/>
        <source>(custom field)</source>
        <translation>(дод. поле)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="280"/>
        <source>(no segment)</source>
        <translation>(без сегмента)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="292"/>
        <source>(all)</source>
        <translation>(усі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="311"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="336"/>
        <source>Save as segment</source>
        <translation>Зберегти як сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="336"/>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="349"/>
        <source>{0} clients</source>
        <translation>Контрагентів: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="398"/>
        <source>Select exactly two clients to merge</source>
        <translation>Виберіть рівно двох контрагентів для об&apos;єднання</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="412"/>
        <source>Export clients</source>
        <translation>Експорт контрагентів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="413"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="418"/>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="422"/>
        <source>{0} rows written to {1}</source>
        <translation>Записано рядків: {0} у {1}</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="54"/>
        <source>Company settings</source>
        <translation>Налаштування компанії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="69"/>
        <source>Legal name</source>
        <translation>Повне найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="70"/>
        <source>Short name</source>
        <translation>Скорочене найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="71"/>
        <source>Country (code)</source>
        <translation>Країна (код)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="72"/>
        <source>Tax ID</source>
        <translation>ЄДРПОУ/РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="72"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="73"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="73"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="74"/>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="75"/>
        <source>Chief accountant</source>
        <translation>Головний бухгалтер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="76"/>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="174"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="77"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="78"/>
        <source>Account / IBAN</source>
        <translation>Рахунок / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="78"/>
        <source>BIC</source>
        <translation>Код BIC</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="79"/>
        <source>Device code for numbers (offline laptops)</source>
        <translation>Код пристрою для номерів (ноутбуки без мережі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="86"/>
        <source>Prices include VAT</source>
        <translation>Ціни включають ПДВ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="88"/>
        <source>Send documents without the last look (straight to the outbox)</source>
        <translation>Надсилати документи без перегляду (одразу у вихідні)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="92"/>
        <source>VAT %</source>
        <translation>ПДВ %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="100"/>
        <source>Stamp</source>
        <translation>Печатка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="101"/>
        <source>Director&apos;s signature</source>
        <translation>Підпис директора</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="102"/>
        <source>Accountant&apos;s signature</source>
        <translation>Підпис бухгалтера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="103"/>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="104"/>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="223"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="134"/>
        <source>Save this template</source>
        <translation>Зберегти цей шаблон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="137"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="138"/>
        <source>Purpose</source>
        <translation>Призначення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="139"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="141"/>
        <source>Placeholders: </source>
        <translation>Підстановки: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="152"/>
        <source>Requisites</source>
        <translation>Реквізити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="153"/>
        <source>Stamp and signatures</source>
        <translation>Печатка й підписи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="154"/>
        <source>Exchange rates</source>
        <translation>Курси валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="155"/>
        <source>E-mail templates</source>
        <translation>Шаблони листів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="168"/>
        <source>How many {0} one unit of each currency is worth (1 USD = … {0}). Quotes for clients paying in another currency convert prices at these rates.</source>
        <translation>Скільки {0} коштує одиниця кожної валюти (1 USD = … {0}). За цими курсами перераховуються ціни в комерційних пропозиціях для контрагентів, які платять в іншій валюті.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="175"/>
        <source>Rate, {0}</source>
        <translation>Курс, {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="180"/>
        <source>Add a rate</source>
        <translation>Додати курс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="183"/>
        <source>Remove the rate</source>
        <translation>Видалити курс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="229"/>
        <source>Image</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="230"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="92"/>
        <source>value (a list: a, b, c)</source>
        <translation>значення (список: a, b, c)</translation>
    </message>
</context>
<context>
    <name>ConflictBadge</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/badge.py" line="28"/>
        <source>A sync did not keep a value of this client: open the conflict inbox</source>
        <translation>Синхронізація не зберегла значення цього контрагента: відкрийте список конфліктів</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/badge.py" line="46"/>
        <source>⚠ %n open sync conflict(s)</source>
        <translation>
            <numerusform>⚠ %n відкритий конфлікт синхронізації</numerusform>
            <numerusform>⚠ %n відкриті конфлікти синхронізації</numerusform>
            <numerusform>⚠ %n відкритих конфліктів синхронізації</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="56"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="57"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="66"/>
        <source>Sync conflicts</source>
        <translation>Конфлікти синхронізації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="68"/>
        <source>Values a sync did not keep. Keep theirs leaves the record as it is; Take mine writes your value back (it is sent at the next sync).</source>
        <translation>Значення, які синхронізація не зберегла. «Залишити їхнє» лишає запис як є; «Взяти моє» записує ваше значення назад (воно піде під час наступної синхронізації).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Now (theirs)</source>
        <translation>Зараз (їхнє)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Lost (mine)</source>
        <translation>Втрачене (моє)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Kept by</source>
        <translation>Збережено ким</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="77"/>
        <source>Lost by</source>
        <translation>Втрачено ким</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="84"/>
        <source>Keep theirs</source>
        <translation>Залишити їхнє</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="86"/>
        <source>Take mine</source>
        <translation>Взяти моє</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="104"/>
        <source>changed later elsewhere</source>
        <translation>змінено пізніше в іншому місці</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="105"/>
        <source>deleted elsewhere</source>
        <translation>видалено в іншому місці</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="106"/>
        <source>protected (issued or won)</source>
        <translation>захищено (виставлено або виграно)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="107"/>
        <source>not allowed</source>
        <translation>не дозволено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="111"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="111"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="112"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="112"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="113"/>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="113"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="114"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="115"/>
        <source>Document line</source>
        <translation>Рядок документа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="116"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="116"/>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="117"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="117"/>
        <source>number (international)</source>
        <translation>номер (міжнародний)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="118"/>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="118"/>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="119"/>
        <source>region</source>
        <translation>область</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="119"/>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="120"/>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="120"/>
        <source>position</source>
        <translation>посада</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="121"/>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="121"/>
        <source>total</source>
        <translation>загальна сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="122"/>
        <source>price</source>
        <translation>ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="122"/>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="123"/>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="123"/>
        <source>notes</source>
        <translation>примітки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="124"/>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="124"/>
        <source>new record</source>
        <translation>новий запис</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="39"/>
        <source>Add contact</source>
        <translation>Додати контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="41"/>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="57"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="225"/>
        <source>Primary contact</source>
        <translation>Основний контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="61"/>
        <source>One phone a line, e.g. mobile: +7 701 123 45 67</source>
        <translation>Один телефон у рядку, напр. mobile: +380 67 123 45 67</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="64"/>
        <source>One e-mail a line</source>
        <translation>Одна e-mail-адреса в рядку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="72"/>
        <source>Link a person…</source>
        <translation>Зв&apos;язати з особою…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="75"/>
        <source>Remove link</source>
        <translation>Видалити зв&apos;язок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="83"/>
        <source>Full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="84"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="221"/>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="85"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="224"/>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="218"/>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="88"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="219"/>
        <source>E-mails</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="89"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="90"/>
        <source>Related persons</source>
        <translation>Пов&apos;язані особи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="167"/>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="177"/>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="181"/>
        <source>Link a person</source>
        <translation>Зв&apos;язати з особою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="168"/>
        <source>Person&apos;s or client&apos;s name, phone…</source>
        <translation>Ім&apos;я особи або назва контрагента, телефон…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="174"/>
        <source>No person matches {0}</source>
        <translation>Немає особи за запитом {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="177"/>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="182"/>
        <source>Relation (e.g. reports to, spouse)</source>
        <translation>Зв&apos;язок (напр., підпорядковується, чоловік/дружина)</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="33"/>
        <source>Custom fields of the client card</source>
        <translation>Додаткові поля картки контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Label</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="39"/>
        <source>Choices (comma-separated)</source>
        <translation>Варіанти (через кому)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="43"/>
        <source>Add field</source>
        <translation>Додати поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="46"/>
        <source>Remove field</source>
        <translation>Видалити поле</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="68"/>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="77"/>
        <source>Dashboard</source>
        <translation>Панель показників</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="118"/>
        <source>Refreshing…</source>
        <translation>Оновлення…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="149"/>
        <source>Updated {0}</source>
        <translation>Оновлено {0}</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="75"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="81"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="89"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="76"/>
        <source>Next event</source>
        <translation>Наступна подія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="77"/>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="80"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="82"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="90"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="83"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="91"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="84"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="88"/>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="109"/>
        <source>Clients of the day</source>
        <translation>Контрагенти дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="110"/>
        <source>Agenda</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="111"/>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="130"/>
        <source>Events on {0}: {1}</source>
        <translation>Подій на {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="143"/>
        <source>Overdue: {0}</source>
        <translation>Прострочено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="147"/>
        <source>Overdue ({0})</source>
        <translation>Прострочено ({0})</translation>
    </message>
</context>
<context>
    <name>DealCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="91"/>
        <source>Deal: {0}</source>
        <translation>Угода: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="102"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="128"/>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="132"/>
        <source>(nobody)</source>
        <translation>(ніхто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="137"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="138"/>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="139"/>
        <source>C&amp;ontact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="140"/>
        <source>Pipeline</source>
        <translation>Воронка продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="141"/>
        <source>&amp;Stage</source>
        <translation>&amp;Етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="142"/>
        <source>&amp;Amount</source>
        <translation>&amp;Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="145"/>
        <source>&amp;Probability</source>
        <translation>&amp;Ймовірність</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="146"/>
        <source>&amp;Expected close</source>
        <translation>&amp;Очікуване закриття</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="147"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="148"/>
        <source>So&amp;urce</source>
        <translation>&amp;Джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="150"/>
        <source>Lost because</source>
        <translation>Причина програшу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="157"/>
        <source>&amp;Quote…</source>
        <translation>Комерційна &amp;пропозиція…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="173"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Total</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="180"/>
        <source>From {0}: net {1}, VAT {2}, total {3}</source>
        <translation>За {0}: без ПДВ {1}, ПДВ {2}, усього {3}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="184"/>
        <source>Products</source>
        <translation>Товари</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="188"/>
        <source>Quotes and invoices</source>
        <translation>Пропозиції й рахунки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="203"/>
        <source>Orders ({0})</source>
        <translation>Замовлення ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="204"/>
        <source>Orders</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="211"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="208"/>
        <source>Events and e-mails</source>
        <translation>Події й листи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="211"/>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="217"/>
        <source>Add comment</source>
        <translation>Додати коментар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="222"/>
        <source>Comments</source>
        <translation>Коментарі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>From</source>
        <translation>Звідки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>To</source>
        <translation>Куди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="225"/>
        <source>Days in previous</source>
        <translation>Днів на попередньому етапі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="229"/>
        <source>Stage history</source>
        <translation>Історія етапів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="244"/>
        <source>The amount is not a number</source>
        <translation>Сума — не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="296"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>Переміщено в «{0}», але: {1}</translation>
    </message>
</context>
<context>
    <name>DealsBoard</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="219"/>
        <source>{0} d in stage</source>
        <translation>{0} дн. на етапі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="224"/>
        <source>next: {0}</source>
        <translation>далі: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="229"/>
        <source>close date passed</source>
        <translation>строк закриття минув</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="304"/>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="352"/>
        <source>Pipeline</source>
        <translation>Воронка продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="355"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="358"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="361"/>
        <source>Hot or cold</source>
        <translation>Гарячі або холодні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="362"/>
        <source>Hot and cold</source>
        <translation>Гарячі й холодні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="363"/>
        <source>Hot (≥ {0} %)</source>
        <translation>Гарячі (≥ {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="364"/>
        <source>Cold (&lt; {0} %)</source>
        <translation>Холодні (&lt; {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="367"/>
        <source>Won and lost in</source>
        <translation>Виграні й програні за</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="368"/>
        <source>Closed: 7 days</source>
        <translation>Закриті: 7 днів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="368"/>
        <source>Closed: 30 days</source>
        <translation>Закриті: 30 днів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="369"/>
        <source>Closed: 90 days</source>
        <translation>Закриті: 90 днів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="369"/>
        <source>Closed: a year</source>
        <translation>Закриті: рік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="374"/>
        <location filename="../../crm_desktop/ui/deals/board.py" line="375"/>
        <source>Amount from</source>
        <translation>Сума від</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="379"/>
        <source>Client…</source>
        <translation>Контрагент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="380"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="382"/>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="385"/>
        <source>&amp;Stages…</source>
        <translation>&amp;Етапи…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="424"/>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="425"/>
        <source>Mine</source>
        <translation>Мої</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="434"/>
        <source>Any source</source>
        <translation>Будь-яке джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="552"/>
        <source>{0}
{1} · {2}</source>
        <translation>{0}
{1} · {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="546"/>
        <source>(+{0} without rate)</source>
        <translation>(+{0} без курсу)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="591"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="593"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="594"/>
        <source>stage {0}, {1} days</source>
        <translation>етап {0}, {1} дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="596"/>
        <source>responsible {0}</source>
        <translation>відповідальний {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="598"/>
        <source>next: {0} on {1}</source>
        <translation>далі: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="602"/>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="628"/>
        <source>Open the deal card</source>
        <translation>Відкрити картку угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="629"/>
        <source>Next stage	Ctrl+Right</source>
        <translation>Наступний етап	Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="630"/>
        <source>Previous stage	Ctrl+Left</source>
        <translation>Попередній етап	Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="631"/>
        <source>Move to</source>
        <translation>Перемістити в</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="664"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>Переміщено в «{0}», але: {1}</translation>
    </message>
</context>
<context>
    <name>DealsListWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="39"/>
        <source>Deals — list</source>
        <translation>Угоди — список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="43"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="44"/>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="45"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="46"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="48"/>
        <source>Probability</source>
        <translation>Ймовірність</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="50"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="51"/>
        <source>Expected close</source>
        <translation>Очікуване закриття</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="53"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="54"/>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="67"/>
        <source>&amp;Export…</source>
        <translation>&amp;Вивантажити…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="99"/>
        <source>{0} deals</source>
        <translation>Угод: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="100"/>
        <source>The first {0} deals (the export writes all)</source>
        <translation>Перші {0} угод (вивантаження містить усі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="110"/>
        <source>Export deals</source>
        <translation>Вивантажити угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="111"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="125"/>
        <source>{0} deals written to {1}</source>
        <translation>Угод записано в {1}: {0}</translation>
    </message>
</context>
<context>
    <name>DeskClaims</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="53"/>
        <source>New &amp;claim…</source>
        <translation>Нова &amp;рекламація…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="65"/>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="84"/>
        <source>Claims</source>
        <translation>Рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="84"/>
        <source>Claims ({0})</source>
        <translation>Рекламації ({0})</translation>
    </message>
</context>
<context>
    <name>DeskOrders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="76"/>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="81"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="82"/>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="83"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="84"/>
        <source>Total</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="96"/>
        <source>Overdue orders</source>
        <translation>Прострочені замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="102"/>
        <source>Deal</source>
        <translation>Угода</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="103"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="104"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="106"/>
        <source>Expected close</source>
        <translation>Очікуване закриття</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="109"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="126"/>
        <source>Deals and orders</source>
        <translation>Угоди й замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="156"/>
        <source>Overdue orders: {0}</source>
        <translation>Прострочено замовлень: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="160"/>
        <source>Orders ({0})</source>
        <translation>Замовлення ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="185"/>
        <source>Deals and orders ({0}/{1})</source>
        <translation>Угоди й замовлення ({0}/{1})</translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="191"/>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="195"/>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="192"/>
        <source>This contact person has no phone number.</source>
        <translation>Ця контактна особа не має номера телефону.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="196"/>
        <source>No program on this computer makes calls for {0} links. Install a softphone or choose another link type in the settings.</source>
        <translation>На цьому комп&apos;ютері немає програми для дзвінків за посиланнями {0}. Установіть софтфон або виберіть інший тип посилань у налаштуваннях.</translation>
    </message>
</context>
<context>
    <name>DrillWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="113"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="116"/>
        <source>{0} rows</source>
        <translation>Рядків: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="120"/>
        <source>Number / subject</source>
        <translation>Номер / тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="121"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="122"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="123"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="125"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="126"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="740"/>
        <source>Dry run: {rule}</source>
        <translation>Пробний запуск правила {rule}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="743"/>
        <source>{matched} of the {checked} records checked would match. Nothing was changed.</source>
        <translation>Підійшло б {matched} із {checked} перевірених записів. Нічого не змінено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="750"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="750"/>
        <source>What would happen</source>
        <translation>Що сталося б</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="761"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="57"/>
        <source>Possible duplicate</source>
        <translation>Можливий дубль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="62"/>
        <source>These clients look like the one you are saving. Open the existing one, or save anyway (your decision is recorded).</source>
        <translation>Ці контрагенти схожі на того, якого ви зберігаєте. Відкрийте наявного або збережіть усе одно (ваше рішення буде записано).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="70"/>
        <source>Open existing</source>
        <translation>Відкрити наявного</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="73"/>
        <source>Save anyway</source>
        <translation>Зберегти все одно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="75"/>
        <source>Back to the card</source>
        <translation>Повернутися до картки</translation>
    </message>
</context>
<context>
    <name>EmailComposerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="42"/>
        <source>E-mail — {0}</source>
        <translation>Лист — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="43"/>
        <source> (draft)</source>
        <translation> (чернетка)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="51"/>
        <source>Add a contact&apos;s address…</source>
        <translation>Додати адресу контакту…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="64"/>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="68"/>
        <source>Attachment: {0} ({1} KB)</source>
        <translation>Вкладення: {0} ({1} КБ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="73"/>
        <source>&amp;Send</source>
        <translation>&amp;Надіслати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="76"/>
        <source>Save &amp;draft</source>
        <translation>Зберегти &amp;чернетку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="84"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="85"/>
        <source>Cc</source>
        <translation>Копія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="86"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="66"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="66"/>
        <source>New event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="89"/>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="103"/>
        <source>(inactive user)</source>
        <translation>(неактивний користувач)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="117"/>
        <source>No client (a task of your own)</source>
        <translation>Без контрагента (власне завдання)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="119"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="120"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="121"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="122"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="123"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="124"/>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="125"/>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="126"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="127"/>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="128"/>
        <source>Content</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="129"/>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="199"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="131"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="138"/>
        <source>Co&amp;mplete…</source>
        <translation>&amp;Завершити…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="141"/>
        <source>Cancel &amp;event</source>
        <translation>Скасувати &amp;подію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="149"/>
        <source>Save the event first</source>
        <translation>Спочатку збережіть подію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="150"/>
        <source>Only a planned event</source>
        <translation>Лише запланована подія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="157"/>
        <source>No reminder</source>
        <translation>Без нагадування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="159"/>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="161"/>
        <source>1 hour before</source>
        <translation>За 1 годину</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="162"/>
        <source>{0} min before</source>
        <translation>За {0} хв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="198"/>
        <source>Complete the event</source>
        <translation>Завершення події</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="204"/>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="205"/>
        <source>Plan the next step with this client?</source>
        <translation>Запланувати наступний крок із цим контрагентом?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="238"/>
        <source>Cancel the event</source>
        <translation>Скасування події</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="238"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>EventsReportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="41"/>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="45"/>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="46"/>
        <source>This week</source>
        <translation>Цей тиждень</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="47"/>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="48"/>
        <source>Current client</source>
        <translation>Поточний контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="49"/>
        <source>By type, last 90 days</source>
        <translation>За типом, останні 90 днів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="55"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="59"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="60"/>
        <source>Client</source>
        <translation>Контрагент</translation>
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
        <translation>Контактна особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="64"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="65"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="93"/>
        <source>{0} events</source>
        <translation>Подій: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/events_report.py" line="101"/>
        <source>Export events</source>
        <translation>Експорт подій</translation>
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
        <location filename="../../crm_desktop/ui/desk/finance.py" line="27"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="37"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="28"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="38"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="44"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="29"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="39"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="45"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="30"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="31"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="40"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="32"/>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="34"/>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="41"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="47"/>
        <source>Invoice</source>
        <translation>Рахунок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="46"/>
        <source>Method</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="48"/>
        <source>Reference</source>
        <translation>Підстава</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="60"/>
        <source>Invoices for payment</source>
        <translation>Рахунки на оплату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="61"/>
        <source>Sales (shipments)</source>
        <translation>Продажі (відвантаження)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="62"/>
        <source>Payments received</source>
        <translation>Надходження оплат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="72"/>
        <source>Register &amp;payment…</source>
        <translation>Зареєструвати &amp;оплату…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="79"/>
        <source>New &amp;claim on the invoice…</source>
        <translation>Нова &amp;рекламація за рахунком…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="105"/>
        <source>Invoiced: {0}</source>
        <translation>Виставлено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="107"/>
        <source>overdue invoices: {0}</source>
        <translation>прострочених рахунків: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="109"/>
        <source>Shipped: {0}</source>
        <translation>Відвантажено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="111"/>
        <source>Paid: {0}</source>
        <translation>Оплачено: {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="40"/>
        <source>Welcome to CRM Desktop</source>
        <translation>Ласкаво просимо до CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="51"/>
        <source>This database is empty. Try the program on realistic demo data, or start with your own company.</source>
        <translation>База даних порожня. Спробуйте програму на демонстраційних даних або почніть роботу зі своєю компанією.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="55"/>
        <source>Create demo data</source>
        <translation>Створити демо-дані</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="58"/>
        <source>Start with my company…</source>
        <translation>Почати зі своєю компанією…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="86"/>
        <source>Company name</source>
        <translation>Назва компанії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="87"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="88"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="89"/>
        <source>Your name</source>
        <translation>Ваше ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="92"/>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="28"/>
        <source>Search clients, contacts, phones, e-mails, tax IDs, cities (Ctrl+K)</source>
        <translation>Пошук контрагентів, контактів, телефонів, e-mail, ЄДРПОУ/РНОКПП, міст (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="88"/>
        <source>tax ID {0}</source>
        <translation>ЄДРПОУ/РНОКПП {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="103"/>
        <source>Nothing found for “{0}”</source>
        <translation>Нічого не знайдено за запитом «{0}»</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="23"/>
        <source>Deal lost</source>
        <translation>Угоду програно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="30"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="33"/>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="36"/>
        <source>Why was «{0}» lost?</source>
        <translation>Чому програно «{0}»?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="37"/>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/lost_dialog.py" line="38"/>
        <source>&amp;Comment</source>
        <translation>&amp;Коментар</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="55"/>
        <source>CRM Desktop — {0}</source>
        <translation>CRM Desktop — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="79"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="80"/>
        <source>&amp;Backup now</source>
        <translation>&amp;Резервна копія зараз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="85"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Outbox</source>
        <translation>Ви&amp;хідні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="102"/>
        <source>Product &amp;catalogue</source>
        <translation>Каталог &amp;товарів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Clients</source>
        <translation>&amp;Контрагенти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112"/>
        <source>&amp;Deals board</source>
        <translation>&amp;Дошка угод</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Orders</source>
        <translation>&amp;Замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="122"/>
        <source>C&amp;laims</source>
        <translation>&amp;Рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="126"/>
        <source>Dash&amp;board</source>
        <translation>&amp;Панель показників</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Reports</source>
        <translation>&amp;Звіти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="139"/>
        <source>C&amp;lients</source>
        <translation>Кон&amp;трагенти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="140"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Новий партнер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Імпорт контрагентів…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="150"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Експорт контрагентів…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="154"/>
        <source>Mass &amp;mailing…</source>
        <translation>Масова &amp;розсилка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="160"/>
        <source>Custom &amp;fields…</source>
        <translation>&amp;Додаткові поля…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="164"/>
        <source>&amp;Automation rules…</source>
        <translation>&amp;Правила автоматизації…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Company…</source>
        <translation>&amp;Компанія…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Mail server…</source>
        <translation>&amp;Поштовий сервер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Telephony links</source>
        <translation>Поси&amp;лання для дзвінків</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="190"/>
        <source>tel: (system default)</source>
        <translation>tel: (типово в системі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="191"/>
        <source>sip: (SIP softphone)</source>
        <translation>sip: (SIP-софтфон)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="192"/>
        <source>callto: (Skype and others)</source>
        <translation>callto: (Skype та інші)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="201"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;Про програму CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="206"/>
        <source>Database: {0}</source>
        <translation>База даних: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="209"/>
        <source>User: {0}</source>
        <translation>Користувач: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="215"/>
        <source>Read-only: nothing can be saved</source>
        <translation>Лише читання: нічого не можна зберегти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="219"/>
        <source>The database is on a read-only disk or the file is not writable. You can look everything up; copy the file to a writable folder to work in it.</source>
        <translation>База даних на диску лише для читання або файл недоступний для запису. Переглядати можна все; щоб працювати, скопіюйте файл у папку, доступну для запису.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="236"/>
        <source>Outbox: {0}</source>
        <translation>Вихідні: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="238"/>
        <source>not delivered: {0}</source>
        <translation>не доставлено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="241"/>
        <source>Mail that failed, was partly sent or may not have reached the server: View → Outbox</source>
        <translation>Листи, які не пішли, пішли не всім або могли не дійти до сервера: Вигляд → Вихідні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="254"/>
        <source>Messages not delivered as they should: {0}. The outbox shows why; nothing is sent again without you.</source>
        <translation>Листів, не доставлених як слід: {0}. У вихідних видно чому; без вас нічого не надсилається повторно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="258"/>
        <source>Mail not delivered</source>
        <translation>Листи не доставлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="261"/>
        <source>Open the &amp;outbox</source>
        <translation>Відкрити &amp;вихідні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="264"/>
        <source>Mail server &amp;settings…</source>
        <translation>&amp;Налаштування поштового сервера…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="384"/>
        <source>Backing up…</source>
        <translation>Створюється резервна копія…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="387"/>
        <source>Backup saved to {0}</source>
        <translation>Резервну копію збережено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="398"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="402"/>
        <source>Restore from backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="399"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Резервні копії (*.sqlite3);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="403"/>
        <source>Replace everything in {0} with the backup {1}? The current content is backed up first.</source>
        <translation>Замінити весь вміст {0} резервною копією {1}? Поточний вміст спочатку буде збережено в копію.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="419"/>
        <source>Restored from {0}; the previous content is in {1}</source>
        <translation>Відновлено з {0}; попередній вміст збережено в {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/main_window.py" line="454"/>
        <source>Automation: %n date rule run(s) done</source>
        <translation>
            <numerusform>Автоматизація: виконано %n запуск правил за датами</numerusform>
            <numerusform>Автоматизація: виконано %n запуски правил за датами</numerusform>
            <numerusform>Автоматизація: виконано %n запусків правил за датами</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="463"/>
        <source>The search index could not be built: {0}</source>
        <translation>Не вдалося побудувати пошуковий індекс: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="470"/>
        <source>Daily backup saved to {0}</source>
        <translation>Щоденну резервну копію збережено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="476"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="477"/>
        <source>The database {0} is damaged ({1}). Keep working only to look things up, and restore the latest backup: File → Restore from backup….</source>
        <translation>База даних {0} пошкоджена ({1}). Працюйте з нею лише для перегляду та відновіть останню резервну копію: Файл → Відновити з резервної копії….</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="487"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="488"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>Нова мова застосовується з наступного запуску програми.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="491"/>
        <source>About CRM Desktop</source>
        <translation>Про програму CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="492"/>
        <source>CRM Desktop {0}
The sales desk for sales teams.
Database: {1}</source>
        <translation>CRM Desktop {0}
Робочий стіл менеджера з продажу.
База даних: {1}</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="64"/>
        <source>One of the clients no longer exists</source>
        <translation>Одного з контрагентів більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="77"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="179"/>
        <source>Merge two clients</source>
        <translation>Об&apos;єднання двох контрагентів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Full name</source>
        <translation>Повне найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>City</source>
        <translation>Місто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="86"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="86"/>
        <source>Legal address</source>
        <translation>Юридична адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="88"/>
        <source>Tax ID</source>
        <translation>ЄДРПОУ/РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="88"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Росія)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="89"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="89"/>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="92"/>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Залишити&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="109"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="160"/>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="117"/>
        <source>Contacts, events, deals, documents, payments and attachments of both move to the client you keep. The other is kept as merged, so later imports meet the survivor.</source>
        <translation>Контакти, події, угоди, документи, платежі й вкладення обох переходять до контрагента, якого ви залишаєте. Інший зберігається як об&apos;єднаний, тож наступні імпорти знаходять того, що залишився.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="130"/>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="146"/>
        <source>Different tax IDs: {0} and {1}. These may be two different companies.</source>
        <translation>Різні ЄДРПОУ/РНОКПП: {0} і {1}. Можливо, це дві різні компанії.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="149"/>
        <source>Different legal forms: {0} and {1}.</source>
        <translation>Різні організаційно-правові форми: {0} і {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="152"/>
        <source>{0} brings {1} deals, {2} documents, {3} events.</source>
        <translation>{0} приносить угод: {1}, документів: {2}, подій: {3}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="167"/>
        <source>Merge {0} into {1}? This cannot be undone from here.</source>
        <translation>Об&apos;єднати {0} з {1}? Скасувати це тут не можна.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="38"/>
        <source>New user</source>
        <translation>Новий користувач</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="46"/>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="47"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="48"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="49"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="50"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="94"/>
        <source>Find the client…</source>
        <translation>Знайдіть контрагента…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="107"/>
        <source>(not set)</source>
        <translation>(не задано)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="114"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="115"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="116"/>
        <source>C&amp;ontact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="117"/>
        <source>&amp;Due date</source>
        <translation>&amp;Термін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="118"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="119"/>
        <source>Co&amp;mment</source>
        <translation>Ко&amp;ментар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="125"/>
        <source>E-mail the client about the new status</source>
        <translation>Повідомити контрагента про новий статус електронною поштою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="135"/>
        <source>&amp;Lines</source>
        <translation>&amp;Рядки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Shipped on</source>
        <translation>Дата відвантаження</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>Total</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="140"/>
        <source>Record &amp;shipment of what is left</source>
        <translation>Записати відвантаження за&amp;лишку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="145"/>
        <source>S&amp;hipments</source>
        <translation>Відванта&amp;ження</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>To</source>
        <translation>На</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="148"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="153"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="157"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="159"/>
        <source>New c&amp;laim…</source>
        <translation>Нова рекл&amp;амація…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="180"/>
        <source>New order</source>
        <translation>Нове замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="181"/>
        <source>(given when saved)</source>
        <translation>(буде присвоєно при збереженні)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="205"/>
        <source>Add a product from the catalogue: code or name…</source>
        <translation>Додати товар із каталогу: код або назва…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="206"/>
        <source>&amp;Remove line</source>
        <translation>Видалит&amp;и рядок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>Discount, %</source>
        <translation>Знижка, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>VAT, %</source>
        <translation>ПДВ, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="234"/>
        <source>Order {0}</source>
        <translation>Замовлення {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="235"/>
        <source>{0} of {1}</source>
        <translation>{0} від {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="268"/>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="271"/>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="273"/>
        <source>overdue since {0}</source>
        <translation>прострочено з {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="315"/>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="421"/>
        <source>Total {0}, VAT {1}</source>
        <translation>Разом {0}, ПДВ {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="427"/>
        <source>Choose the client first</source>
        <translation>Спочатку виберіть контрагента</translation>
    </message>
</context>
<context>
    <name>OrdersWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="52"/>
        <source>Orders</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="64"/>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="65"/>
        <source>Open (not delivered or cancelled)</source>
        <translation>Відкриті (не доставлені й не скасовані)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="68"/>
        <source>&amp;Overdue only</source>
        <translation>Лише &amp;прострочені</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="70"/>
        <source>&amp;Mine</source>
        <translation>&amp;Мої</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="76"/>
        <source>Number or client…</source>
        <translation>Номер або контрагент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="78"/>
        <source>&amp;New order…</source>
        <translation>&amp;Нове замовлення…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="83"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="85"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="134"/>
        <source>(any)</source>
        <translation>(будь-яка)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="168"/>
        <source>{0} orders, {1} overdue</source>
        <translation>Замовлень: {0}, прострочено: {1}</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="35"/>
        <source>Outbox</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="38"/>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Queued</source>
        <translation>У черзі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="39"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="42"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="43"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="44"/>
        <source>Attempts</source>
        <translation>Спроб</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="45"/>
        <source>Server&apos;s answer</source>
        <translation>Відповідь сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="49"/>
        <source>Show sent mail</source>
        <translation>Показати надіслані</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="54"/>
        <source>Open &amp;draft…</source>
        <translation>Відкрити &amp;чернетку…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="55"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="56"/>
        <source>&amp;Cancel message</source>
        <translation>&amp;Скасувати лист</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="57"/>
        <source>Open in mail &amp;client</source>
        <translation>Відкрити в поштовій про&amp;грамі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Sending</source>
        <translation>Надсилається</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="74"/>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="75"/>
        <source>Will retry</source>
        <translation>Буде повторено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="76"/>
        <source>Failed</source>
        <translation>Помилка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="77"/>
        <source>Interrupted: check before resending</source>
        <translation>Перервано: перевірте перед повторним надсиланням</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="78"/>
        <source>Partly sent: some addresses refused</source>
        <translation>Надіслано частково: частину адрес відхилено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="79"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="80"/>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="35"/>
        <source>Payment for {0}</source>
        <translation>Оплата за {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="48"/>
        <source>Outstanding</source>
        <translation>Залишилося сплатити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="49"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="50"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="51"/>
        <source>Method</source>
        <translation>Спосіб</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="52"/>
        <source>Reference</source>
        <translation>Підстава</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="42"/>
        <source>Sales plan</source>
        <translation>План продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="48"/>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="55"/>
        <source>Currency: {0}</source>
        <translation>Валюта: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="109"/>
        <source>{0}, month {1}: {2}</source>
        <translation>{0}, місяць {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="110"/>
        <source>not an amount</source>
        <translation>не сума</translation>
    </message>
</context>
<context>
    <name>PriceImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="46"/>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="112"/>
        <source>Import prices and stock</source>
        <translation>Імпорт цін і залишків</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Product code</source>
        <translation>Код товару</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Minimum price</source>
        <translation>Мінімальна ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Stock</source>
        <translation>Залишок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="55"/>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="56"/>
        <source>Price: {0}</source>
        <translation>Ціна: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="58"/>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="60"/>
        <source>CSV or XLSX from the accounting system</source>
        <translation>CSV або XLSX з облікової системи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="76"/>
        <source>— from the file —</source>
        <translation>— з файлу —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="79"/>
        <source>Stock goes to</source>
        <translation>Залишки — на склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="80"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Імпортувати правильні рядки, навіть якщо в інших є помилки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="82"/>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="89"/>
        <source>Save the report…</source>
        <translation>Зберегти звіт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="113"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблиці (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="130"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: рядків — {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="142"/>
        <source>— not in the file —</source>
        <translation>— немає у файлі —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="176"/>
        <source>Imported: {0} products updated, {1} stock levels set.</source>
        <translation>Імпортовано: оновлено товарів — {0}, залишків — {1}.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="72"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="72"/>
        <source>New product</source>
        <translation>Новий товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="91"/>
        <source>Active (offered in quotes)</source>
        <translation>Активний (пропонується в комерційних пропозиціях)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="95"/>
        <source>Price type</source>
        <translation>Тип ціни</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="95"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="104"/>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="104"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="141"/>
        <source>Stock</source>
        <translation>Залишок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="115"/>
        <source>No photo</source>
        <translation>Немає фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="123"/>
        <source>Choose photo…</source>
        <translation>Вибрати фото…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="131"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="132"/>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="133"/>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="134"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="135"/>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="136"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="206"/>
        <source>Recommended price</source>
        <translation>Рекомендована ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="137"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="207"/>
        <source>Minimum price</source>
        <translation>Мінімальна ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="138"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="208"/>
        <source>VAT %</source>
        <translation>ПДВ %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="140"/>
        <source>Prices by type</source>
        <translation>Ціни за типами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="142"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="178"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="179"/>
        <source>Images (*.png *.jpg *.jpeg *.webp)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="35"/>
        <source>&amp;Redo</source>
        <translation>Пов&amp;торити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="36"/>
        <source>Cu&amp;t</source>
        <translation>Ви&amp;різати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="37"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="38"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="39"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="40"/>
        <source>Select All</source>
        <translation>Виділити все</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="53"/>
        <source>Show Details...</source>
        <translation>Показати подробиці...</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="54"/>
        <source>Hide Details...</source>
        <translation>Сховати подробиці...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="15"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="16"/>
        <source>Save All</source>
        <translation>Зберегти все</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="17"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>&amp;Так</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="19"/>
        <source>Yes to &amp;All</source>
        <translation>Так для &amp;всіх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="20"/>
        <source>&amp;No</source>
        <translation>&amp;Ні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="21"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;і для всіх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="22"/>
        <source>Abort</source>
        <translation>Перервати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="23"/>
        <source>Retry</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="24"/>
        <source>Ignore</source>
        <translation>Ігнорувати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="25"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="26"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="27"/>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="28"/>
        <source>Help</source>
        <translation>Довідка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="29"/>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="30"/>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>Відновити типові</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>Пов&amp;торити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>Ви&amp;різати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="47"/>
        <source>Copy &amp;Link Location</source>
        <translation>Копіювати &amp;адресу посилання</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="49"/>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="50"/>
        <source>Select All</source>
        <translation>Виділити все</translation>
    </message>
</context>
<context>
    <name>QuickQuoteDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="96"/>
        <source>Quick quote — {0}</source>
        <translation>Швидка пропозиція — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="122"/>
        <source>Quote</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="151"/>
        <source>&amp;Terms…</source>
        <translation>&amp;Умови…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="163"/>
        <source>Code or name; Enter adds, ↓ goes to the list</source>
        <translation>Код або назва; Enter — додати, ↓ — до списку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="172"/>
        <source>All products</source>
        <translation>Усі товари</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="193"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="194"/>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="195"/>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="202"/>
        <source>Total stock</source>
        <translation>Усього на складах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="203"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="205"/>
        <source>Minimum</source>
        <translation>Мінімум</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="215"/>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="418"/>
        <source>No photo</source>
        <translation>Немає фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="242"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="243"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="244"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="245"/>
        <source>Qty</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="246"/>
        <source>Price paid</source>
        <translation>Ціна продажу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="275"/>
        <source>Save &amp;draft</source>
        <translation>Зберегти &amp;чернетку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="277"/>
        <source>Send &amp;quote</source>
        <translation>Надіслати &amp;пропозицію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="279"/>
        <source>&amp;Sell: send invoice</source>
        <translation>П&amp;родати: надіслати рахунок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="321"/>
        <source>The new terms apply from the next quote; this one keeps its prices.</source>
        <translation>Нові умови діють з наступної комерційної пропозиції; у цій ціни залишаються попередні.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="334"/>
        <source>Price type: {0} · discount {1} % · {2} · payment in {3} days</source>
        <translation>Тип ціни: {0} · знижка {1} % · {2} · оплата за {3} дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="429"/>
        <source>Past deals of the client ({0})</source>
        <translation>Попередні угоди контрагента ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="435"/>
        <source>Past deals of the client: {0} ({1})</source>
        <translation>Попередні угоди контрагента: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="436"/>
        <source>No past deals for {0}</source>
        <translation>Немає попередніх угод з {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="452"/>
        <source>That deal was in {0}; this quote is in {1}.</source>
        <translation>Та угода була в {0}; ця пропозиція — в {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="457"/>
        <source>{0} is no longer in the catalogue.</source>
        <translation>{0} більше немає в каталозі.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="474"/>
        <source>{0}: only {1} in stock.</source>
        <translation>{0}: на складі лише {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="483"/>
        <source>Net: {0}</source>
        <translation>Без ПДВ: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="486"/>
        <source>VAT: {0}</source>
        <translation>ПДВ: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="488"/>
        <source>Total: {0}</source>
        <translation>Разом: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="493"/>
        <source>Quick quote</source>
        <translation>Швидка пропозиція</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="501"/>
        <source>Price below the minimum</source>
        <translation>Ціна нижче мінімальної</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="502"/>
        <source>Some prices are below the minimum. Your reason for approving them:</source>
        <translation>Деякі ціни нижчі за мінімальні. Причина погодження:</translation>
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
        <translation>К-сть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Unit</source>
        <translation>Од.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="40"/>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>Discount %</source>
        <translation>Знижка %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>VAT %</source>
        <translation>ПДВ %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="41"/>
        <source>Total</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="103"/>
        <source>Below the minimum price {0}</source>
        <translation>Нижче мінімальної ціни {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="106"/>
        <source>Only {0} in stock</source>
        <translation>На складі лише {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/lines_model.py" line="137"/>
        <source>{0}: only {1} in stock; the quote keeps {2}.</source>
        <translation>{0}: на складі лише {1}; у пропозиції залишається {2}.</translation>
    </message>
</context>
<context>
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="36"/>
        <source>Claim reasons</source>
        <translation>Причини рекламацій</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="46"/>
        <source>Only the head of sales or the admin edits this list.</source>
        <translation>Цей список змінює лише керівник відділу продажів або адміністратор.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="51"/>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="57"/>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="60"/>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="63"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>RegistrationAssistant</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="66"/>
        <source>New partner</source>
        <translation>Новий партнер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="87"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="88"/>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="89"/>
        <source>Tax ID</source>
        <translation>ЄДРПОУ/РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="90"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="91"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="92"/>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="93"/>
        <source>Type the name, tax ID, phone or e-mail.</source>
        <translation>Введіть назву, ЄДРПОУ/РНОКПП, телефон або e-mail.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="98"/>
        <source>Open existing</source>
        <translation>Відкрити наявного</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="102"/>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="106"/>
        <source>Full card…</source>
        <translation>Повна картка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="150"/>
        <source>Already known? {0} similar client(s) below.</source>
        <translation>Уже є? Схожих контрагентів нижче: {0}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="153"/>
        <source>No similar client found.</source>
        <translation>Схожих контрагентів не знайдено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="174"/>
        <source>Possible duplicate</source>
        <translation>Можливий дубль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="175"/>
        <source>{0} looks like a client we already have. Create anyway? Your decision is recorded.</source>
        <translation>{0} схожий на наявного контрагента. Створити все одно? Ваше рішення буде записано.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="43"/>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="46"/>
        <source>Starts</source>
        <translation>Початок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="47"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="48"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="53"/>
        <source>&amp;Snooze 10 min</source>
        <translation>Від&amp;класти на 10 хв</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="55"/>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="57"/>
        <source>&amp;Done</source>
        <translation>В&amp;иконано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="59"/>
        <source>D&amp;ismiss</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="61"/>
        <source>Select &amp;all</source>
        <translation>Вибрати в&amp;се</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="83"/>
        <source>{0} reminders</source>
        <translation>Нагадувань: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="85"/>
        <source>{0} missed while the program was closed</source>
        <translation>Пропущено, поки програма була закрита: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="134"/>
        <source>CRM Desktop reminder</source>
        <translation>Нагадування CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="137"/>
        <source>{0} reminders</source>
        <translation>Нагадувань: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="158"/>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="293"/>
        <source>&amp;Run</source>
        <translation>&amp;Сформувати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="296"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="311"/>
        <source>Sales &amp;plan…</source>
        <translation>&amp;План продажів…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="316"/>
        <source>Export &amp;XLSX…</source>
        <translation>Експорт у &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="316"/>
        <source>Export &amp;PDF…</source>
        <translation>Експорт у &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="317"/>
        <source>Chart as P&amp;NG…</source>
        <translation>Діаграма в P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="331"/>
        <source>Team: {0}</source>
        <translation>Команда: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="337"/>
        <source>Category: {0}</source>
        <translation>Категорія: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="432"/>
        <source>Running…</source>
        <translation>Формування…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="455"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="468"/>
        <source>{0} rows</source>
        <translation>Рядків: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="533"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="534"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="534"/>
        <source>Images (*.png)</source>
        <translation>Зображення (*.png)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="536"/>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="561"/>
        <source>Saved to {0}</source>
        <translation>Збережено в {0}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="86"/>
        <source>Reject the claim</source>
        <translation>Відхилити рекламацію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="87"/>
        <source>Resolve the claim</source>
        <translation>Вирішити рекламацію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="91"/>
        <source>(choose)</source>
        <translation>(виберіть)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="97"/>
        <source>(not asked)</source>
        <translation>(не питали)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="98"/>
        <source>1 — not at all satisfied … 5 — fully satisfied</source>
        <translation>1 — зовсім не задоволений … 5 — повністю задоволений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="102"/>
        <source>&amp;Result</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="103"/>
        <source>&amp;Satisfaction (1-5)</source>
        <translation>&amp;Задоволеність (1-5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="104"/>
        <source>Why it is &amp;rejected</source>
        <translation>Чому &amp;відхилено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="104"/>
        <source>What was &amp;done</source>
        <translation>Що зро&amp;блено</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="350"/>
        <source>Automation rules</source>
        <translation>Правила автоматизації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="366"/>
        <source>Only the head of sales or the admin changes rules: you can look and try a dry run.</source>
        <translation>Правила змінює лише керівник відділу продажів або адміністратор: ви можете переглядати їх і виконати пробний запуск.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="381"/>
        <source>&amp;New</source>
        <translation>&amp;Нове</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="384"/>
        <source>From a &amp;template</source>
        <translation>З &amp;шаблону</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="387"/>
        <source>Reactivation (no purchase for N days)</source>
        <translation>Реактивація (немає покупок N днів)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="391"/>
        <source>Lead distribution (round-robin)</source>
        <translation>Розподіл лідів (по черзі)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="395"/>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="402"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="405"/>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="408"/>
        <source>Run &amp;log…</source>
        <translation>&amp;Журнал запусків…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="424"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="425"/>
        <source>Switched on (off until the dry run looks right)</source>
        <translation>Увімкнено (вимкнено, доки пробний запуск не покаже правильний результат)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="431"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="435"/>
        <source>If</source>
        <translation>Якщо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="442"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="547"/>
        <source>to (any value if empty)</source>
        <translation>на (будь-яке значення, якщо порожньо)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="446"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="456"/>
        <source>and</source>
        <translation>і</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="457"/>
        <source>all of these hold</source>
        <translation>виконуються всі умови</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="458"/>
        <source>any of these holds</source>
        <translation>виконується будь-яка умова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="461"/>
        <source>Add a &amp;condition</source>
        <translation>Додати &amp;умову</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="470"/>
        <source>Then</source>
        <translation>Тоді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="475"/>
        <source>Add an &amp;action</source>
        <translation>Додати &amp;дію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="493"/>
        <source>&amp;Dry run: what would happen?</source>
        <translation>&amp;Пробний запуск: що станеться?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="496"/>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="546"/>
        <source>stage name</source>
        <translation>назва етапу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="549"/>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="698"/>
        <source>Export rules</source>
        <translation>Експорт правил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="704"/>
        <source>Import rules</source>
        <translation>Імпорт правил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="713"/>
        <source>(new rule)</source>
        <translation>(нове правило)</translation>
    </message>
</context>
<context>
    <name>RunLogWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="48"/>
        <source>Automation: run log</source>
        <translation>Автоматизація: журнал запусків</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="59"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="62"/>
        <source>every run</source>
        <translation>усі запуски</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="62"/>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="159"/>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="63"/>
        <source>errors</source>
        <translation>помилки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="63"/>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="160"/>
        <source>stopped</source>
        <translation>зупинено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="70"/>
        <source>Show &amp;all runs</source>
        <translation>Показати в&amp;сі запуски</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="88"/>
        <source>What it did, or why not</source>
        <translation>Що зроблено або чому ні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="94"/>
        <source>Double-click a run: why did this happen to its record?</source>
        <translation>Двічі клацніть запуск: чому це сталося із записом?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="97"/>
        <source>Runs</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="102"/>
        <source>Leads and deals the rules assigned since</source>
        <translation>Ліди й угоди, призначені правилами, починаючи з</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="111"/>
        <source>Save who is &amp;away</source>
        <translation>Зберегти &amp;відсутніх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Away (skipped)</source>
        <translation>Відсутній (пропуск)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Assigned by rules</source>
        <translation>Призначено правилами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="121"/>
        <source>Open deals</source>
        <translation>Відкриті угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="121"/>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="127"/>
        <source>Distribution per manager</source>
        <translation>Розподіл за менеджерами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="144"/>
        <source>Why: {record}</source>
        <translation>Чому: {record}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="159"/>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="176"/>
        <source>{count} runs</source>
        <translation>Запусків: {count}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="35"/>
        <source>Sign in to a team server</source>
        <translation>Вхід на командний сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="41"/>
        <source>server:8443</source>
        <translation>сервер:8443</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="47"/>
        <source>Connect</source>
        <translation>Підключитися</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="53"/>
        <source>It is the fingerprint the server printed</source>
        <translation>Це відбиток, який показав сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="61"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="63"/>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="64"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="67"/>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="94"/>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="109"/>
        <source>The server&apos;s certificate is trusted by this computer.</source>
        <translation>Цей комп&apos;ютер довіряє сертифікату сервера.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="113"/>
        <source>Certificate accepted earlier, SHA-256:
{0}</source>
        <translation>Сертифікат, прийнятий раніше, SHA-256:
{0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="117"/>
        <source>First connection to this server. Compare its certificate&apos;s SHA-256 fingerprint with the one the server printed when it started:
{0}</source>
        <translation>Перше підключення до цього сервера. Порівняйте SHA-256-відбиток його сертифіката з тим, який сервер показав під час запуску:
{0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/sign_in.py" line="137"/>
        <source>Signing in…</source>
        <translation>Вхід…</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="29"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="130"/>
        <source>Mail server</source>
        <translation>Поштовий сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="37"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="37"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="38"/>
        <source>None (unencrypted)</source>
        <translation>Немає (без шифрування)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="47"/>
        <source>kept in the system keychain; empty keeps the stored one</source>
        <translation>зберігається в системному сховищі паролів; порожнє поле — залишити збережений</translation>
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
        <translation>Захист</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="57"/>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="58"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="59"/>
        <source>From (address)</source>
        <translation>Від кого (адреса)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="60"/>
        <source>From (name)</source>
        <translation>Від кого (ім&apos;я)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="63"/>
        <source>Send a &amp;test e-mail</source>
        <translation>Надіслати &amp;тестовий лист</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="79"/>
        <source>Without encryption the password and the mail travel in clear text.</source>
        <translation>Без шифрування пароль і листи передаються відкритим текстом.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="88"/>
        <source>Sending…</source>
        <translation>Надсилання…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="94"/>
        <source>Sent to {0}.</source>
        <translation>Надіслано на {0}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="95"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="100"/>
        <source>Not sent: {0}</source>
        <translation>Не надіслано: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="131"/>
        <source>There is no secure keychain on this computer (only {0}, which would keep the password readable in a file), so the password cannot be stored.

Use it for this session only? It is asked again after the next start. To store it, install a keychain service (GNOME Keyring or KWallet) and save it again.</source>
        <translation>На цьому комп&apos;ютері немає надійного сховища паролів (є лише {0}, де пароль зберігався б у файлі в читабельному вигляді), тому пароль не можна зберегти.

Використати його лише в цьому сеансі? Після наступного запуску його буде запитано знову. Щоб зберегти пароль, установіть службу зберігання паролів (GNOME Keyring або KWallet) і збережіть його ще раз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="137"/>
        <source>Use for this &amp;session only</source>
        <translation>Лише для цього &amp;сеансу</translation>
    </message>
</context>
<context>
    <name>StageEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="44"/>
        <source>Pipelines and stages</source>
        <translation>Воронки продажів та етапи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="49"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="149"/>
        <source>New pipeline</source>
        <translation>Нова воронка продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="50"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="152"/>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="51"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="153"/>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="52"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="154"/>
        <source>Lost</source>
        <translation>Програно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="77"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <source>Probability, %</source>
        <translation>Ймовірність, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <source>Outcome</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="65"/>
        <source>Required to enter (comma-separated)</source>
        <translation>Обов&apos;язкове для входу (через кому)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="66"/>
        <source>Allowed next stages (comma-separated)</source>
        <translation>Дозволені наступні етапи (через кому)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="70"/>
        <source>Stage names a deal may move to from this one. Empty: a strict pipeline allows the next stage and the outcomes, a manual one any stage.</source>
        <translation>Назви етапів, на які угода може перейти з цього. Порожньо: сувора воронка продажів дозволяє наступний етап і підсумки, ручна — будь-який етап.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="76"/>
        <source>&amp;Add stage</source>
        <translation>&amp;Додати етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="78"/>
        <source>&amp;Remove stage</source>
        <translation>Видалит&amp;и етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="80"/>
        <source>Move &amp;up</source>
        <translation>&amp;Вище</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="82"/>
        <source>Move &amp;down</source>
        <translation>Ни&amp;жче</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="84"/>
        <source>&amp;New pipeline…</source>
        <translation>Нова в&amp;оронка продажів…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="102"/>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="103"/>
        <source>&amp;Mode</source>
        <translation>&amp;Режим</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="108"/>
        <source>Fields a stage can require: {0}</source>
        <translation>Поля, яких може вимагати етап: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="109"/>
        <source>Loss reasons, one a line:</source>
        <translation>Причини програшу, по одній у рядку:</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="54"/>
        <source>Receiving %p%</source>
        <translation>Отримання %p%</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="59"/>
        <source>S&amp;ync</source>
        <translation>Син&amp;хронізація</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="61"/>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="64"/>
        <source>Conflicts…</source>
        <translation>Конфлікти…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="83"/>
        <source>Offline — {0} waiting</source>
        <translation>Офлайн — очікують: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="85"/>
        <source>Not synced yet — {0} waiting</source>
        <translation>Ще не синхронізовано — очікують: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="87"/>
        <source>Synced at {0}, {1} waiting</source>
        <translation>Синхронізовано о {0}, очікують: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="90"/>
        <source> · {0} conflicts</source>
        <translation> · конфліктів: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="92"/>
        <source>{0} as {1}</source>
        <translation>{0} як {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="99"/>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="109"/>
        <source>the team server does not answer</source>
        <translation>сервер команди не відповідає</translation>
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
        <translation>Увійти на командний сервер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="44"/>
        <source>Switch user…</source>
        <translation>Змінити користувача…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="47"/>
        <source>Sign out</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="50"/>
        <source>Users…</source>
        <translation>Користувачі…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="59"/>
        <source>Team: connecting…</source>
        <translation>Команда: підключення…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="76"/>
        <source>Team: {0} ({1}) on {2}</source>
        <translation>Команда: {0} ({1}) на {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/status.py" line="80"/>
        <source>Team: signed out — working on this computer</source>
        <translation>Команда: вхід не виконано — робота на цьому комп&apos;ютері</translation>
    </message>
</context>
<context>
    <name>TermsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="33"/>
        <source>Terms of sale — {0}</source>
        <translation>Умови продажу — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="55"/>
        <source>Price type</source>
        <translation>Тип ціни</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="56"/>
        <source>Discount</source>
        <translation>Знижка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/terms_dialog.py" line="57"/>
        <source>Payment days</source>
        <translation>Днів на оплату</translation>
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
        <location filename="../../crm_desktop/ui/team/users_window.py" line="65"/>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="69"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="69"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="75"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="76"/>
        <source>Disable</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="77"/>
        <source>Enable</source>
        <translation>Увімкнути</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="78"/>
        <source>Reset password…</source>
        <translation>Змінити пароль…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="79"/>
        <source>Change role…</source>
        <translation>Змінити роль…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="121"/>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="121"/>
        <source>disabled</source>
        <translation>вимкнений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="152"/>
        <source>Reset password</source>
        <translation>Зміна пароля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="153"/>
        <source>New password for {0}:</source>
        <translation>Новий пароль для {0}:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="163"/>
        <source>Change role</source>
        <translation>Зміна ролі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="164"/>
        <source>Role of {0}:</source>
        <translation>Роль користувача {0}:</translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="80"/>
        <source>Warehouses</source>
        <translation>Склади</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Main</source>
        <translation>Основний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="86"/>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="90"/>
        <source>&amp;Add warehouse</source>
        <translation>&amp;Додати склад</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="71"/>
        <source> (process {0} on {1})</source>
        <translation> (процес {0} на {1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="73"/>
        <source>The database {0} is already open in CRM Desktop{1}. Switch to that window, or close it and start again.</source>
        <translation>База даних {0} уже відкрита в CRM Desktop{1}. Перейдіть до того вікна або закрийте його й запустіть програму знову.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="88"/>
        <location filename="../../crm_desktop/ui/app.py" line="92"/>
        <location filename="../../crm_desktop/ui/app.py" line="111"/>
        <location filename="../../crm_desktop/ui/app.py" line="130"/>
        <location filename="../../crm_desktop/ui/app.py" line="138"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="93"/>
        <source>The database {0} is on a network share. SQLite&apos;s locking over SMB is not reliable and shared use can damage the file. For a team, use a PostgreSQL server (crm-desktop --db postgresql+psycopg://…).</source>
        <translation>База даних {0} розташована в мережевій папці. Блокування SQLite через SMB ненадійні, і спільна робота може пошкодити файл. Для команди використовуйте сервер PostgreSQL (crm-desktop --db postgresql+psycopg://…).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="112"/>
        <source>If the file is damaged, restore the latest backup: crm-desktop db restore BACKUP-FILE (backups are in the backups folder beside the database).</source>
        <translation>Якщо файл пошкоджено, відновіть останню резервну копію: crm-desktop db restore ФАЙЛ-КОПІЇ (копії лежать у папці backups поруч із базою даних).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="131"/>
        <source>The database has no active user.</source>
        <translation>У базі даних немає активного користувача.</translation>
    </message>
</context>
<context>
    <name>automation</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="22"/>
        <source>a client</source>
        <translation>контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="23"/>
        <source>a deal</source>
        <translation>угода</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="24"/>
        <source>an order</source>
        <translation>замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="25"/>
        <source>a claim</source>
        <translation>рекламація</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="26"/>
        <source>an invoice</source>
        <translation>рахунок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="27"/>
        <source>an event</source>
        <translation>подія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="33"/>
        <source>is created</source>
        <translation>створюється</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="34"/>
        <source>has a field changed</source>
        <translation>змінює поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="35"/>
        <source>enters the stage</source>
        <translation>потрапляє на етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="36"/>
        <source>reaches a date</source>
        <translation>досягає дати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="37"/>
        <source>has had no activity for</source>
        <translation>не має активності протягом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="38"/>
        <source>has bought nothing (no paid invoice) for</source>
        <translation>нічого не купує (немає оплаченого рахунку) протягом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="39"/>
        <source>is picked by hand</source>
        <translation>вибирається вручну</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="45"/>
        <source>is</source>
        <translation>дорівнює</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="46"/>
        <source>is not</source>
        <translation>не дорівнює</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="47"/>
        <source>is one of</source>
        <translation>є одним із</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="48"/>
        <source>is empty</source>
        <translation>порожнє</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="49"/>
        <source>is more than</source>
        <translation>більше ніж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="50"/>
        <source>is less than</source>
        <translation>менше ніж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="51"/>
        <source>changed to</source>
        <translation>змінено на</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="52"/>
        <source>was at least N days ago</source>
        <translation>було щонайменше N днів тому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="58"/>
        <source>set a field</source>
        <translation>заповнити поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="59"/>
        <source>assign a manager</source>
        <translation>призначити менеджера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="60"/>
        <source>create a task</source>
        <translation>створити завдання</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="61"/>
        <source>plan an event</source>
        <translation>запланувати подію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="62"/>
        <source>open a deal</source>
        <translation>відкрити угоду</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="63"/>
        <source>move the deal to a stage</source>
        <translation>перемістити угоду на етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="64"/>
        <source>add a tag</source>
        <translation>додати мітку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="65"/>
        <source>remove a tag</source>
        <translation>зняти мітку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="66"/>
        <source>queue an e-mail from a template</source>
        <translation>поставити в чергу лист за шаблоном</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="67"/>
        <source>notify a user in the program</source>
        <translation>сповістити користувача в програмі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="68"/>
        <source>make a document (quote copy or letter)</source>
        <translation>створити документ (копія комерційної пропозиції або лист)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="69"/>
        <source>call a web hook</source>
        <translation>викликати веб-хук</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="75"/>
        <source>to a person</source>
        <translation>конкретній особі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="76"/>
        <source>in turn (round-robin) among</source>
        <translation>по черзі серед</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="77"/>
        <source>to the least busy of</source>
        <translation>найменш завантаженому з</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="78"/>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="88"/>
        <source>by a table</source>
        <translation>за таблицею</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="85"/>
        <source>fixed person</source>
        <translation>закріплений працівник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="86"/>
        <source>round-robin</source>
        <translation>по черзі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="87"/>
        <source>least busy</source>
        <translation>найменш завантажений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="95"/>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="95"/>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="96"/>
        <source>chain</source>
        <translation>мережа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="96"/>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="97"/>
        <source>claim date</source>
        <translation>дата рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="98"/>
        <source>kind of claimant</source>
        <translation>тип заявника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="99"/>
        <source>closing time</source>
        <translation>час закриття</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="99"/>
        <source>comment</source>
        <translation>коментар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="100"/>
        <source>completion time</source>
        <translation>час виконання</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="101"/>
        <source>confirmation time</source>
        <translation>час підтвердження</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="102"/>
        <source>content</source>
        <translation>зміст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="102"/>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="103"/>
        <source>creation time</source>
        <translation>час створення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="104"/>
        <source>person at fault</source>
        <translation>винна особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="105"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="105"/>
        <source>department</source>
        <translation>відділ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="106"/>
        <source>direction</source>
        <translation>напрямок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="106"/>
        <source>due time</source>
        <translation>термін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="107"/>
        <source>due date</source>
        <translation>дата терміну</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="107"/>
        <source>end time</source>
        <translation>час завершення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="108"/>
        <source>essence</source>
        <translation>суть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="109"/>
        <source>expected close</source>
        <translation>очікуване закриття</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="110"/>
        <source>full name</source>
        <translation>повне найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="111"/>
        <source>investigation start</source>
        <translation>початок розслідування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="112"/>
        <source>issue date</source>
        <translation>дата виставлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="112"/>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="113"/>
        <source>legal address</source>
        <translation>юридична адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="114"/>
        <source>loss comment</source>
        <translation>коментар до програшу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="115"/>
        <source>loss reason</source>
        <translation>причина програшу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="115"/>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="116"/>
        <source>net total</source>
        <translation>сума без ПДВ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="116"/>
        <source>notes</source>
        <translation>примітки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="117"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="117"/>
        <source>order date</source>
        <translation>дата замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="118"/>
        <source>pipeline</source>
        <translation>воронка продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="118"/>
        <source>probability</source>
        <translation>ймовірність</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="119"/>
        <source>region</source>
        <translation>область</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="120"/>
        <source>registration time</source>
        <translation>час реєстрації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="121"/>
        <source>rejection time</source>
        <translation>час відхилення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="121"/>
        <source>remedy</source>
        <translation>спосіб усунення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="122"/>
        <source>reminder time</source>
        <translation>час нагадування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="123"/>
        <source>resolution</source>
        <translation>рішення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="124"/>
        <source>resolution time</source>
        <translation>час вирішення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="125"/>
        <source>responsible</source>
        <translation>відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="125"/>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="126"/>
        <source>satisfaction</source>
        <translation>задоволеність</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="127"/>
        <source>severity</source>
        <translation>рівень</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="127"/>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="128"/>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="128"/>
        <source>stage</source>
        <translation>етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="129"/>
        <source>time in the stage since</source>
        <translation>на етапі з</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="130"/>
        <source>start time</source>
        <translation>час початку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="130"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="131"/>
        <source>status change time</source>
        <translation>час зміни статусу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="132"/>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="132"/>
        <source>tax ID</source>
        <translation>ЄДРПОУ/РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="133"/>
        <source>second tax ID</source>
        <translation>КПП (другий код після ЄДРПОУ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="133"/>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="134"/>
        <source>total</source>
        <translation>загальна сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="134"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="135"/>
        <source>VAT included</source>
        <translation>ПДВ включено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="136"/>
        <source>VAT total</source>
        <translation>сума ПДВ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="136"/>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="142"/>
        <source>custom field {name}</source>
        <translation>додаткове поле {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="148"/>
        <source>the record&apos;s manager</source>
        <translation>менеджер запису</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="157"/>
        <source>set {field} to {value}</source>
        <translation>встановити для поля «{field}» значення {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="168"/>
        <source>{by}</source>
        <translation>{by}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="169"/>
        <source>assign {how} {who}</source>
        <translation>призначити {how}: {who}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="173"/>
        <source>{what} &quot;{subject}&quot;, due in {days} days, for {who}</source>
        <translation>{what} «{subject}», термін — через {days} дн., виконавець: {who}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="180"/>
        <source>open a deal &quot;{title}&quot; in {pipeline}</source>
        <translation>відкрити угоду «{title}» (воронка: {pipeline})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="182"/>
        <source>the default pipeline</source>
        <translation>типова воронка продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="185"/>
        <source>move the deal to {stage}</source>
        <translation>перемістити угоду на етап {stage}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="189"/>
        <source>queue the &quot;{purpose}&quot; e-mail to the client</source>
        <translation>поставити в чергу лист «{purpose}» контрагентові</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="193"/>
        <source>tell {who}: {text}</source>
        <translation>сповістити ({who}): {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="197"/>
        <source>call {url}</source>
        <translation>викликати {url}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="200"/>
        <source>print the letter &quot;{title}&quot; to the client&apos;s files</source>
        <translation>надрукувати лист «{title}» у файли клієнта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="202"/>
        <source>make a {document} from the deal&apos;s latest quote</source>
        <translation>створити {document} з останньої комерційної пропозиції угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="214"/>
        <source>has {field} changed</source>
        <translation>змінює поле «{field}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="218"/>
        <source>to {value}</source>
        <translation>на {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="223"/>
        <source>is {days} days {side} its {field}</source>
        <translation>досягає моменту: {days} дн. {side} значення поля «{field}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="225"/>
        <source>after</source>
        <translation>після</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="225"/>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="229"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="230"/>
        <source>If {entity} {trigger}</source>
        <translation>Якщо {entity} {trigger}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="234"/>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="236"/>
        <source> and </source>
        <translation> і </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="244"/>
        <source>(no)</source>
        <translation>(ні)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="249"/>
        <source>, when </source>
        <translation>, коли </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="251"/>
        <source>, then </source>
        <translation>, тоді </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="251"/>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="152"/>
        <source>Amount, {0}</source>
        <translation>Сума, {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="153"/>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="155"/>
        <source>Percent</source>
        <translation>Відсоток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="156"/>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="23"/>
        <source>Overdue: a task of the plan or the claim&apos;s deadline has passed</source>
        <translation>Прострочено: минув термін завдання плану або термін рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="30"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="31"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="34"/>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="26"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="36"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="37"/>
        <source>Severity</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="38"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="39"/>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="40"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="41"/>
        <source>Deadline</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="45"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="47"/>
        <source>Order</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="48"/>
        <source>Essence</source>
        <translation>Суть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="17"/>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="18"/>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="19"/>
        <source>Under investigation</source>
        <translation>Розслідується</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="20"/>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="21"/>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="22"/>
        <source>Low</source>
        <translation>Низька</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="23"/>
        <source>Medium</source>
        <translation>Середня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="24"/>
        <source>High</source>
        <translation>Висока</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="25"/>
        <source>Critical</source>
        <translation>Критична</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="27"/>
        <source>Supplier</source>
        <translation>Постачальник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="28"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="29"/>
        <source>Dealer</source>
        <translation>Дилер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="30"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="39"/>
        <source>Confirm</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="40"/>
        <source>Start investigation</source>
        <translation>Почати розслідування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="41"/>
        <source>Resolve…</source>
        <translation>Вирішити…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="42"/>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
</context>
<context>
    <name>clients</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="38"/>
        <source>Existing client</source>
        <translation>Наявний контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="39"/>
        <source>What matches</source>
        <translation>Що збігається</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="27"/>
        <source>This field is required</source>
        <translation>Обов&apos;язкове поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="28"/>
        <source>Not a valid phone number for the client&apos;s country</source>
        <translation>Неправильний номер телефону для країни контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="29"/>
        <source>Not an e-mail address</source>
        <translation>Це не адреса e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="30"/>
        <source>Not a valid tax ID for the client&apos;s country</source>
        <translation>Неправильний код ЄДРПОУ/РНОКПП для країни контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="31"/>
        <source>Not a valid KPP (9 characters)</source>
        <translation>Неправильний КПП (9 символів)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="32"/>
        <source>Not a valid IBAN (check digits or length)</source>
        <translation>Неправильний IBAN (контрольні цифри або довжина)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="33"/>
        <source>Not a bank account number</source>
        <translation>Це не номер банківського рахунку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="34"/>
        <source>Not a valid BIC</source>
        <translation>Неправильний BIC</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="35"/>
        <source>Unknown country</source>
        <translation>Невідома країна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="36"/>
        <source>Not a currency code</source>
        <translation>Це не код валюти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="37"/>
        <source>Not a number</source>
        <translation>Це не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="38"/>
        <source>Not a date (YYYY-MM-DD)</source>
        <translation>Це не дата (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="39"/>
        <source>Not one of the choices</source>
        <translation>Немає серед варіантів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="40"/>
        <source>A client cannot be related to itself</source>
        <translation>Контрагент не може бути пов&apos;язаний сам із собою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="41"/>
        <source>The birthday is in the future</source>
        <translation>День народження в майбутньому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="50"/>
        <source>same tax ID {0}</source>
        <translation>той самий ЄДРПОУ/РНОКПП {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="52"/>
        <source>same phone {0}</source>
        <translation>той самий телефон {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="54"/>
        <source>same e-mail {0}</source>
        <translation>той самий e-mail {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="55"/>
        <source>similar name ({0}%)</source>
        <translation>схожа назва ({0}%)</translation>
    </message>
</context>
<context>
    <name>deals</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="16"/>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="17"/>
        <source>expected close date</source>
        <translation>очікувана дата закриття</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="18"/>
        <source>contact person</source>
        <translation>контактна особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="19"/>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="20"/>
        <source>responsible</source>
        <translation>відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="21"/>
        <source>the client&apos;s terms of sale</source>
        <translation>умови продажу контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="27"/>
        <source>Strict: no skipped stage, required fields</source>
        <translation>Суворий: без пропуску етапів, обов&apos;язкові поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="28"/>
        <source>Manual: any move, warnings</source>
        <translation>Ручний: будь-які переходи, з попередженнями</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="29"/>
        <source>No pipeline: interactions only</source>
        <translation>Без воронки продажів: лише взаємодії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/texts.py" line="36"/>
        <source>To enter {0}, fill in first: {1}</source>
        <translation>Щоб перейти на етап «{0}», спочатку заповніть: {1}</translation>
    </message>
</context>
<context>
    <name>delimiter</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="15"/>
        <source>How the columns of a CSV file are separated</source>
        <translation>Як розділено стовпці у файлі CSV</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="16"/>
        <source>Delimiter: automatic</source>
        <translation>Роздільник: автоматично</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="17"/>
        <source>Delimiter: semicolon ;</source>
        <translation>Роздільник: крапка з комою ;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="18"/>
        <source>Delimiter: comma ,</source>
        <translation>Роздільник: кома ,</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="19"/>
        <source>Delimiter: vertical bar |</source>
        <translation>Роздільник: вертикальна риска |</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/delimiter.py" line="20"/>
        <source>Delimiter: tab</source>
        <translation>Роздільник: табуляція</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="44"/>
        <source>Could not store {name}: {reason}</source>
        <translation>Не вдалося зберегти {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="45"/>
        <source>{name} is larger than {megabytes} MB</source>
        <translation>Файл {name} більший за {megabytes} МБ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="46"/>
        <source>the disk is full</source>
        <translation>диск заповнений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="47"/>
        <source>Backup to {path} failed: {reason}</source>
        <translation>Не вдалося створити резервну копію в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="48"/>
        <source>the copy failed its integrity check ({verdict})</source>
        <translation>копія не пройшла перевірку цілісності ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="51"/>
        <source>Backups from the program are for SQLite files; back up a PostgreSQL server with pg_dump</source>
        <translation>Програма створює резервні копії лише файлів SQLite; копію сервера PostgreSQL створіть за допомогою pg_dump</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="55"/>
        <source>not a bank account number</source>
        <translation>не номер банківського рахунку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="56"/>
        <source>not a valid BIC</source>
        <translation>неправильний BIC</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="57"/>
        <source>a birthday in the future</source>
        <translation>дата народження в майбутньому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="58"/>
        <source>not one of the choices</source>
        <translation>немає серед варіантів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="59"/>
        <source>unknown country</source>
        <translation>невідома країна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="60"/>
        <source>not a currency code</source>
        <translation>не код валюти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="61"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>не дата (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="62"/>
        <source>not an e-mail address</source>
        <translation>не адреса електронної пошти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="63"/>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="64"/>
        <source>{where}: {problem} ({value})</source>
        <translation>{where}: {problem} ({value})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="65"/>
        <source>not a valid IBAN</source>
        <translation>неправильний IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="66"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="220"/>
        <source>{problems}</source>
        <translation>{problems}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="67"/>
        <source>not a number</source>
        <translation>не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="68"/>
        <source>not a valid phone number for the client&apos;s country</source>
        <translation>неправильний номер телефону для країни контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="69"/>
        <source>a client cannot be related to itself</source>
        <translation>контрагент не може бути пов&apos;язаний сам із собою</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="70"/>
        <source>required</source>
        <translation>обов&apos;язкове поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="71"/>
        <source>not a valid tax ID for the country</source>
        <translation>неправильний ЄДРПОУ/РНОКПП для цієї країни</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="72"/>
        <source>not a valid KPP</source>
        <translation>неправильний КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="73"/>
        <source>more characters than allowed</source>
        <translation>більше символів, ніж дозволено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="74"/>
        <source>This category no longer exists</source>
        <translation>Цієї категорії більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="75"/>
        <source>A category cannot move into itself or below itself</source>
        <translation>Категорію не можна перемістити в неї саму або в її підкатегорію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="77"/>
        <source>Another product already has the code {code}</source>
        <translation>Код {code} уже має інший товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="79"/>
        <source>The minimum price is above the recommended price</source>
        <translation>Мінімальна ціна вища за рекомендовану</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="81"/>
        <source>Prices cannot be negative</source>
        <translation>Ціни не можуть бути від&apos;ємними</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="82"/>
        <source>Enter the category name</source>
        <translation>Введіть назву категорії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="83"/>
        <source>Enter the product code</source>
        <translation>Введіть код товару</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="84"/>
        <source>Enter the product name</source>
        <translation>Введіть найменування товару</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="85"/>
        <source>Enter the unit</source>
        <translation>Введіть одиницю виміру</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="86"/>
        <source>Every warehouse needs a name</source>
        <translation>Кожен склад повинен мати назву</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="565"/>
        <source>This product no longer exists</source>
        <translation>Цього товару більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="88"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="101"/>
        <source>VAT must be from 0 to 100 %</source>
        <translation>ПДВ має бути від 0 до 100 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="89"/>
        <source>A warehouse no longer exists</source>
        <translation>Одного зі складів більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="90"/>
        <source>Two warehouses have the same name</source>
        <translation>Два склади мають однакову назву</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="92"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="448"/>
        <source>This client no longer exists</source>
        <translation>Цього контрагента більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="93"/>
        <source>{bic} is not a valid BIC</source>
        <translation>{bic} — неправильний BIC</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="94"/>
        <source>The device code is up to 8 letters or digits</source>
        <translation>Код пристрою — до 8 літер або цифр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="96"/>
        <source>{account} is not a valid IBAN</source>
        <translation>{account} — неправильний IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="97"/>
        <source>The database has no company yet</source>
        <translation>У базі даних ще немає вашої компанії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="98"/>
        <source>Enter the company&apos;s legal and short name</source>
        <translation>Введіть повне й скорочене найменування компанії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="99"/>
        <source>Enter your company&apos;s requisites first</source>
        <translation>Спочатку заповніть реквізити вашої компанії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="100"/>
        <source>{tax_id} is not a valid tax ID for {country}</source>
        <translation>{tax_id} — неправильний ЄДРПОУ/РНОКПП для країни {country}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="102"/>
        <source>Field {key}: a choice field needs its choices</source>
        <translation>Поле {key}: для поля вибору потрібні варіанти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="104"/>
        <source>Field key {key!r}: use small Latin letters, digits and _</source>
        <translation>Ключ поля «{key}»: використовуйте малі латинські літери, цифри та _</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="106"/>
        <source>Two custom fields have the same key</source>
        <translation>Два додаткові поля мають однаковий ключ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="107"/>
        <source>Field {key}: give it a label</source>
        <translation>Поле {key}: задайте йому підпис</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="108"/>
        <source>Not a usable database path ({reason}): {value}</source>
        <translation>Непридатний шлях до бази даних ({reason}): {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="109"/>
        <source>Not a database URL: {value}</source>
        <translation>Не адреса бази даних: {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="110"/>
        <source>No database given: --db is empty. Give a file path or a database URL</source>
        <translation>Базу даних не вказано: --db порожній. Укажіть шлях до файлу або адресу бази даних</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="113"/>
        <source>The database is busy (another program is writing): nothing was saved. Try again in a moment.</source>
        <translation>База даних зайнята (у неї записує інша програма): нічого не збережено. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="117"/>
        <source>Cannot open database {database}: {reason}</source>
        <translation>Не вдається відкрити базу даних {database}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="118"/>
        <source>The database {label} is damaged ({reason}). Restore the latest backup.</source>
        <translation>База даних {label} пошкоджена ({reason}). Відновіть останню резервну копію.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="120"/>
        <source>The disk holding {label} failed to write: nothing was saved.</source>
        <translation>Диск із базою {label} не зміг записати дані: нічого не збережено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="122"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск заповнений: нічого не збережено. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="124"/>
        <source>The last integrity check of {label} ({when}) found problems: {details}. Restore the latest backup</source>
        <translation>Остання перевірка цілісності {label} ({when}) виявила помилки: {details}. Відновіть останню резервну копію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="128"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>Не вдається заблокувати {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="129"/>
        <source>{path} is open in another CRM Desktop program (process {pid} on {host}); close it first, or run this there</source>
        <translation>{path} відкрито в іншій програмі CRM Desktop (процес {pid} на {host}); спочатку закрийте її або виконайте це там</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="133"/>
        <source>No database at {path}</source>
        <translation>За шляхом {path} немає бази даних</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="134"/>
        <source>The driver for {scheme} is not installed ({reason}): use postgresql+psycopg://… or an SQLite file</source>
        <translation>Драйвер для {scheme} не встановлено ({reason}): використовуйте postgresql+psycopg://… або файл SQLite</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="138"/>
        <source>Cannot open database {path}: the folder {folder} does not exist</source>
        <translation>Не вдається відкрити базу даних {path}: папки {folder} не існує</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="140"/>
        <source>{path} is not a CRM Desktop database ({reason}); nothing was changed</source>
        <translation>{path} — не база даних CRM Desktop ({reason}); нічого не змінено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="143"/>
        <source>Could not update the database structure: {reason}</source>
        <translation>Не вдалося оновити структуру бази даних: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="145"/>
        <source>{label} is on a read-only disk or not writable: opened read-only, nothing can be saved</source>
        <translation>{label} на диску лише для читання або недоступний для запису: відкрито лише для читання, зберегти нічого не можна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="149"/>
        <source>The database {label} is read-only: nothing was saved. You can still look everything up.</source>
        <translation>База даних {label} відкрита лише для читання: нічого не збережено. Переглядати дані можна, як і раніше.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="153"/>
        <source>The database refused the change: {reason}. Nothing was saved.</source>
        <translation>База даних відхилила зміну: {reason}. Нічого не збережено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="155"/>
        <source>Unknown kind of database {scheme!r} in {value}: use a file path, sqlite:///FILE or postgresql+psycopg://…</source>
        <translation>Невідомий вид бази даних «{scheme}» у {value}: укажіть шлях до файлу, sqlite:///ФАЙЛ або postgresql+psycopg://…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="159"/>
        <source>A deal&apos;s amount cannot be negative</source>
        <translation>Сума угоди не може бути від&apos;ємною</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="160"/>
        <source>The deal&apos;s client no longer exists</source>
        <translation>Контрагента цієї угоди більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="161"/>
        <source>Write the comment first</source>
        <translation>Спочатку напишіть коментар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="162"/>
        <source>The contact person works for another client</source>
        <translation>Контактна особа належить до іншого контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="164"/>
        <source>This deal no longer exists</source>
        <translation>Цієї угоди більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="165"/>
        <source>No stage named {stage}</source>
        <translation>Немає етапу «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="166"/>
        <source>Give the deal a title</source>
        <translation>Укажіть назву угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="167"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="377"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="730"/>
        <source>Choose csv, json or text, not {format}</source>
        <translation>Виберіть csv, json або text, а не {format}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="168"/>
        <source>The database {label} already has clients; create demo data in a new file</source>
        <translation>У базі даних {label} уже є контрагенти; створіть демонстраційні дані в новому файлі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="170"/>
        <source>Unknown demo scale {scale!r}; use small or large</source>
        <translation>Невідомий обсяг демонстраційних даних «{scale}»; використовуйте small або large</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="172"/>
        <source>This document no longer exists</source>
        <translation>Цього документа більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="173"/>
        <source>No document numbered {number}</source>
        <translation>Немає документа з номером {number}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="174"/>
        <source>{field}: right-to-left text ({chars}) cannot be printed correctly on documents yet</source>
        <translation>{field}: текст, що пишеться справа наліво ({chars}), поки не можна правильно надрукувати в документах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="177"/>
        <source>{field}: the document font cannot print {chars}</source>
        <translation>{field}: шрифт документів не може надрукувати {chars}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="179"/>
        <source>e-mail {value}</source>
        <translation>ел. пошта {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="180"/>
        <source>name {value}</source>
        <translation>назва {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="181"/>
        <source>phone {value}</source>
        <translation>телефон {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="182"/>
        <source>name {value} ({score}%)</source>
        <translation>назва {value} ({score} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="183"/>
        <source>tax ID {value}</source>
        <translation>ЄДРПОУ/РНОКПП {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="184"/>
        <source>A cancelled event cannot be completed</source>
        <translation>Скасовану подію не можна позначити виконаною</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="186"/>
        <source>The contact person does not belong to this client</source>
        <translation>Контактна особа не належить до цього контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="188"/>
        <source>This event no longer exists</source>
        <translation>Цієї події більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="189"/>
        <source>The start time has no time zone</source>
        <translation>Для часу початку не вказано часовий пояс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="190"/>
        <source>The duration cannot be negative</source>
        <translation>Тривалість не може бути від&apos;ємною</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="191"/>
        <source>Enter a subject</source>
        <translation>Введіть тему</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="192"/>
        <source>Only a planned event can be rescheduled</source>
        <translation>Перенести можна лише заплановану подію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="193"/>
        <source>The subject is longer than {max} characters</source>
        <translation>Тема довша за {max} символів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="195"/>
        <source>Name the file .{kind} for the {format} format, not {name}</source>
        <translation>Для формату {format} файл має називатися *.{kind}, а не {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="197"/>
        <source>Choose a .csv or .xlsx file, not {name}</source>
        <translation>Виберіть файл .csv або .xlsx, а не {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="198"/>
        <source>A delimiter is one character (or tab), not {delimiter!r}</source>
        <translation>Роздільник — один символ (або табуляція), а не «{delimiter}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="200"/>
        <source>Cannot tell how the columns of {name} are separated; choose the delimiter ({found})</source>
        <translation>Не вдається визначити, чим розділено стовпці в {name}; виберіть роздільник ({found})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="203"/>
        <source>{name} is empty</source>
        <translation>Файл {name} порожній</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="208"/>
        <source>{name} has more than {max} rows</source>
        <translation>У файлі {name} більше ніж {max} рядків</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="209"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>Не вдається прочитати файл {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="210"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Не вдалося записати {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="211"/>
        <source>{name} is not a readable XLSX workbook: its contents are damaged</source>
        <translation>{name} не читається як книга XLSX: її вміст пошкоджено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="213"/>
        <source>Enter the company name</source>
        <translation>Введіть назву компанії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="214"/>
        <source>Choose a currency</source>
        <translation>Виберіть валюту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="215"/>
        <source>Enter your name</source>
        <translation>Введіть ваше ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="216"/>
        <source>Your role ({role}) may not do this: {permission}</source>
        <translation>Ваша роль ({role}) не дає права на цю дію: {permission}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="217"/>
        <source>birthday not a date: {value!r}</source>
        <translation>дата народження — не дата: «{value}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="218"/>
        <source>The import was cancelled; nothing was imported</source>
        <translation>Імпорт скасовано; нічого не імпортовано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="223"/>
        <source>created beside {name} ({match})</source>
        <translation>створено поруч із «{name}» ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="253"/>
        <source>Choose a .csv, .xlsx or .vcf file, not {name}</source>
        <translation>Виберіть файл .csv, .xlsx або .vcf, а не {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="254"/>
        <source>no name</source>
        <translation>немає найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="255"/>
        <source>Choose the column with the name</source>
        <translation>Виберіть стовпець із найменуванням</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="256"/>
        <source>{name} has no vCards</source>
        <translation>У файлі {name} немає карток vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="260"/>
        <source>update of {name}: {reason}</source>
        <translation>оновлення «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="261"/>
        <source>{problems} of {rows} rows have problems; nothing was imported</source>
        <translation>Рядків з помилками: {problems} з {rows}; нічого не імпортовано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="263"/>
        <source>skipped: duplicate of {name} ({match})</source>
        <translation>пропущено: дубль «{name}» ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="265"/>
        <source>skipped: repeats row of {name} in this file</source>
        <translation>пропущено: повторює рядок «{name}» у цьому файлі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="267"/>
        <source>updated {name} ({match})</source>
        <translation>оновлено «{name}» ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="204"/>
        <source>Cannot tell the text encoding of {name} (UTF-8, UTF-16, Windows-1251 and CP866 are read); save it as UTF-8 and import it again</source>
        <translation>Не вдається визначити кодування тексту {name} (читаються UTF-8, UTF-16, Windows-1251 і CP866); збережіть файл у UTF-8 та імпортуйте знову</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="221"/>
        <source>column {column!r} was not imported, but its values look like {what}</source>
        <translation>стовпець «{column}» не імпортовано, але його значення схожі на {what}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="224"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="225"/>
        <source>{field}: {problem} ({value})</source>
        <translation>{field}: {problem} ({value})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="226"/>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="227"/>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="228"/>
        <source>contact person</source>
        <translation>контактна особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="229"/>
        <source>contact&apos;s birthday</source>
        <translation>день народження контакту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="230"/>
        <source>contact&apos;s e-mail</source>
        <translation>e-mail контакту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="231"/>
        <source>contact&apos;s name</source>
        <translation>ім&apos;я контакту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="232"/>
        <source>contact&apos;s phone</source>
        <translation>телефон контакту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="233"/>
        <source>contact&apos;s position</source>
        <translation>посада контакту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="234"/>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="235"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="236"/>
        <source>custom field</source>
        <translation>додаткове поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="237"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="238"/>
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="239"/>
        <source>full name</source>
        <translation>повне найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="240"/>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="241"/>
        <source>legal address</source>
        <translation>юридична адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="242"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="243"/>
        <source>region</source>
        <translation>область</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="244"/>
        <source>name</source>
        <translation>найменування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="245"/>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="246"/>
        <source>tag</source>
        <translation>мітка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="247"/>
        <source>tax ID</source>
        <translation>ЄДРПОУ/РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="248"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="249"/>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="250"/>
        <source>e-mail addresses</source>
        <translation>адреси e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="251"/>
        <source>phone numbers</source>
        <translation>номери телефонів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="252"/>
        <source>tax IDs</source>
        <translation>коди ЄДРПОУ/РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="257"/>
        <source>phone {phone} kept as typed: its number is possible but not known to be in use</source>
        <translation>телефон {phone} збережено як введено: такий номер можливий, але невідомо, чи він використовується</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="268"/>
        <source>{name} is not a readable vCard file: {reason}</source>
        <translation>Файл {name} не є читабельним файлом vCard: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="270"/>
        <source>A loss reason needs a name</source>
        <translation>Причина програшу повинна мати назву</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="271"/>
        <source>Choose the reason the deal was lost</source>
        <translation>Виберіть причину програшу угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="272"/>
        <source>This message cannot be cancelled</source>
        <translation>Цей лист не можна скасувати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="273"/>
        <source>This message cannot be sent again</source>
        <translation>Цей лист не можна надіслати повторно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="274"/>
        <source>This draft has no recipient: open it in the mail client to finish it</source>
        <translation>Чернетка не має одержувача: відкрийте її в поштовій програмі й допишіть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="276"/>
        <source>There is no secure keychain on this computer (only {backend}, which would keep the password readable in a file), so the password was not stored. Enter it for this session only, or install a keychain service (GNOME Keyring or KWallet) and save it again</source>
        <translation>На цьому комп&apos;ютері немає надійного сховища паролів (є лише {backend}, де пароль зберігався б у файлі в читабельному вигляді), тому пароль не збережено. Введіть його лише для цього сеансу або встановіть службу зберігання паролів (GNOME Keyring або KWallet) і збережіть його ще раз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="282"/>
        <source>Interrupted while sending: it may have reached the server. Check before sending it again.</source>
        <translation>Надсилання перервано: лист міг дійти до сервера. Перевірте, перш ніж надсилати знову.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="286"/>
        <source>The system keychain refused the password: {reason}</source>
        <translation>Системне сховище паролів не прийняло пароль: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="288"/>
        <source>The mail server refused the login: {answer}. Check the user and password in Settings → Mail server</source>
        <translation>Поштовий сервер відхилив вхід: {answer}. Перевірте користувача й пароль у Налаштування → Поштовий сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="292"/>
        <source>The connection was lost after the whole message was sent ({reason}): it may have reached the server. Check before sending it again.</source>
        <translation>З&apos;єднання обірвалося після того, як лист було передано повністю ({reason}): він міг дійти до сервера. Перевірте, перш ніж надсилати знову.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="296"/>
        <source>This message no longer exists</source>
        <translation>Цього листа більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="297"/>
        <source>The mail server {server} does not offer a login (AUTH) here: check the port and security in Settings → Mail server, or leave the user empty</source>
        <translation>Поштовий сервер {server} не пропонує тут входу (AUTH): перевірте порт і захист у Налаштування → Поштовий сервер або залиште користувача порожнім</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="301"/>
        <source>Enter the SMTP server</source>
        <translation>Введіть SMTP-сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="302"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="490"/>
        <source>The system keychain is not available: {reason}</source>
        <translation>Системне сховище паролів недоступне: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="304"/>
        <source>No password for the mail server {server}: enter it in Settings → Mail server</source>
        <translation>Немає пароля для поштового сервера {server}: введіть його в Налаштування → Поштовий сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="307"/>
        <source>Enter the recipient&apos;s e-mail address</source>
        <translation>Введіть адресу електронної пошти одержувача</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="308"/>
        <source>Enter the sender&apos;s e-mail address</source>
        <translation>Введіть адресу електронної пошти відправника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="309"/>
        <source>Set up the mail server first: Settings → Mail server</source>
        <translation>Спочатку налаштуйте поштовий сервер: Налаштування → Поштовий сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="311"/>
        <source>This message is no longer a draft (sent, cancelled or removed)</source>
        <translation>Цей лист уже не чернетка (надісланий, скасований або видалений)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="313"/>
        <source>The mail server {server} does not offer STARTTLS: choose SSL/TLS or another port in Settings → Mail server</source>
        <translation>Поштовий сервер {server} не пропонує STARTTLS: виберіть SSL/TLS або інший порт у Налаштування → Поштовий сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="317"/>
        <source>The port must be from 1 to 65535</source>
        <translation>Порт має бути від 1 до 65535</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="318"/>
        <source>Choose SSL/TLS, STARTTLS or none</source>
        <translation>Виберіть SSL/TLS, STARTTLS або без шифрування</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="319"/>
        <source>No secure connection to the mail server {server} ({reason}): check the port and security in Settings → Mail server</source>
        <translation>Немає захищеного з&apos;єднання з поштовим сервером {server} ({reason}): перевірте порт і захист у Налаштування → Поштовий сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="323"/>
        <source>Cannot reach the mail server: {reason}</source>
        <translation>Поштовий сервер недоступний: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="324"/>
        <source>The certificate of the mail server {server} is not trusted ({reason}): check the server&apos;s name and security in Settings → Mail server</source>
        <translation>Сертифікат поштового сервера {server} не є довіреним ({reason}): перевірте ім&apos;я сервера й захист у Налаштування → Поштовий сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="328"/>
        <source>The user name or password has characters beyond Latin letters, and the mail server offers no login that can carry them (it offers: {methods}): use a password of Latin letters, digits and signs, or ask the mail administrator to enable PLAIN or LOGIN</source>
        <translation>Ім&apos;я користувача або пароль містять символи, крім латинських, а поштовий сервер не пропонує способу входу, який їх передає (він пропонує: {methods}): використовуйте пароль із латинських літер, цифр і знаків або попросіть адміністратора пошти ввімкнути PLAIN чи LOGIN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="333"/>
        <source>One of the clients no longer exists</source>
        <translation>Одного з контрагентів більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="334"/>
        <source>Choose two different clients to merge</source>
        <translation>Для об&apos;єднання виберіть двох різних контрагентів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="335"/>
        <source>Unknown fields: {fields}</source>
        <translation>Невідомі поля: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="336"/>
        <source>To enter {stage}, fill in first: {fields}</source>
        <translation>Щоб перейти на етап «{stage}», спочатку заповніть: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="337"/>
        <source>{pipeline} is a strict pipeline: a deal in {from_stage} may go only to {allowed}, not to {to_stage}</source>
        <translation>«{pipeline}» — сувора воронка продажів: угода з етапу «{from_stage}» може перейти лише на {allowed}, а не на «{to_stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="341"/>
        <source>Nobody is signed in: nothing was saved</source>
        <translation>Ніхто не ввійшов у програму: нічого не збережено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="342"/>
        <source>The pipeline {pipeline} has no open stage</source>
        <translation>У воронці продажів «{pipeline}» немає відкритого етапу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="343"/>
        <source>There is no pipeline yet: the head of sales makes one in the stage editor</source>
        <translation>Воронки продажів ще немає: керівник відділу продажів створює її в редакторі етапів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="345"/>
        <source>The deal belongs to {owner}: only the head of sales may change another salesperson&apos;s deal</source>
        <translation>Угоду веде {owner}: змінити угоду іншого менеджера з продажу може лише керівник відділу продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="349"/>
        <source>Not a number: {text}</source>
        <translation>Не число: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="350"/>
        <source>Only the head of sales may give a deal to another salesperson</source>
        <translation>Передати угоду іншому менеджеру з продажу може лише керівник відділу продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="352"/>
        <source>Order {number} was already made from it</source>
        <translation>З нього вже створено замовлення {number}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="353"/>
        <source>An order in status {status} cannot be shipped</source>
        <translation>Замовлення в статусі «{status}» не можна відвантажити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="355"/>
        <source>The order is {status}: its status cannot change</source>
        <translation>Замовлення в статусі «{status}»: його статус більше не змінюється</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="356"/>
        <source>Only a won deal becomes an order</source>
        <translation>Замовлення створюється лише з виграної угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="357"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="410"/>
        <source>{line}: the discount must be from 0 to 99.99 %</source>
        <translation>{line}: знижка має бути від 0 до 99,99 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="359"/>
        <source>{line}: the price cannot be negative</source>
        <translation>{line}: ціна не може бути від&apos;ємною</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="360"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="421"/>
        <source>{line}: the quantity must be above zero</source>
        <translation>{line}: кількість має бути більшою за нуль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="361"/>
        <source>The order is {status}: its lines can no longer change</source>
        <translation>Замовлення в статусі «{status}»: його рядки більше не можна змінити</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="363"/>
        <source>The client has no e-mail address: the status was not sent</source>
        <translation>Контрагент не має адреси електронної пошти: статус не надіслано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="365"/>
        <source>Add at least one line to the order</source>
        <translation>Додайте до замовлення хоча б один рядок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="366"/>
        <source>Only an issued invoice becomes an order</source>
        <translation>Замовлення створюється лише з виставленого рахунку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="367"/>
        <source>This order no longer exists</source>
        <translation>Цього замовлення більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="368"/>
        <source>The order belongs to {owner}: only the head of sales may change another salesperson&apos;s order</source>
        <translation>Замовлення веде {owner}: змінити замовлення іншого менеджера з продажу може лише керівник відділу продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="372"/>
        <source>Enter a quantity to ship</source>
        <translation>Введіть кількість до відвантаження</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="373"/>
        <source>{line}: more than ordered would be shipped ({quantity})</source>
        <translation>{line}: відвантаження перевищило б замовлену кількість ({quantity})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="375"/>
        <source>An order in status {from_status} cannot become {to_status}</source>
        <translation>Замовлення в статусі «{from_status}» не можна перевести в статус «{to_status}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="378"/>
        <source>Only {left} {currency} is outstanding on {number}</source>
        <translation>За рахунком {number} залишилося сплатити лише {left} {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="380"/>
        <source>The amount must be above zero</source>
        <translation>Сума має бути більшою за нуль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="381"/>
        <source>This invoice no longer exists</source>
        <translation>Цього рахунку більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="382"/>
        <source>Invoice {number} is {status}: nothing to pay</source>
        <translation>Рахунок {number} у статусі «{status}»: сплачувати нічого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="384"/>
        <source>The phone number is empty</source>
        <translation>Номер телефону не вказано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="385"/>
        <source>Not a valid phone number: {raw}</source>
        <translation>Неправильний номер телефону: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="386"/>
        <source>Not a phone number: {raw}</source>
        <translation>Не номер телефону: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="387"/>
        <source>Give the pipeline a name</source>
        <translation>Укажіть назву воронки продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="388"/>
        <source>A pipeline needs at least one open stage, one won and one lost stage</source>
        <translation>Воронка продажів потребує хоча б одного відкритого етапу, одного етапу виграшу й одного етапу програшу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="390"/>
        <source>No pipeline {pipeline}</source>
        <translation>Немає воронки продажів «{pipeline}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="391"/>
        <source>minimum {minimum} above price {price}</source>
        <translation>мінімальна ціна {minimum} вища за ціну {price}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="393"/>
        <source>not a valid amount: {text!r}</source>
        <translation>неприпустима сума: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="394"/>
        <source>Choose the column with the product code</source>
        <translation>Виберіть стовпець із кодом товару</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="396"/>
        <source>no warehouse for the stock</source>
        <translation>не вказано склад для залишку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="397"/>
        <source>not a number: {text!r}</source>
        <translation>не число: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="398"/>
        <source>No warehouse named {name!r}</source>
        <translation>Немає складу «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="400"/>
        <source>unknown product code {code!r}</source>
        <translation>невідомий код товару «{code}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="401"/>
        <source>unknown warehouse {name!r}</source>
        <translation>невідомий склад «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="402"/>
        <source>A probability is from 0 to 100 %</source>
        <translation>Ймовірність — від 0 до 100 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="403"/>
        <source>The stage {stage} allows a next stage {next} the pipeline lacks</source>
        <translation>Етап «{stage}» дозволяє наступний етап «{next}», якого немає у воронці продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="405"/>
        <source>{line}: the price is below the minimum {minimum} {currency}. Ask the head of sales to approve it.</source>
        <translation>{line}: ціна нижча за мінімальну ({minimum} {currency}). Попросіть керівника відділу продажів погодити її.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="409"/>
        <source>The discount must be from 0 to 99.99 %</source>
        <translation>Знижка має бути від 0 до 99,99 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="412"/>
        <source>A price cannot be negative</source>
        <translation>Ціна не може бути від&apos;ємною</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="413"/>
        <source>Add at least one product</source>
        <translation>Додайте хоча б один товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="414"/>
        <source>Set the exchange rate of {currency} to {base} in Settings → Company → Exchange rates before quoting this client</source>
        <translation>Перш ніж готувати комерційну пропозицію цьому контрагенту, укажіть курс {currency} до {base} у розділі Налаштування → Компанія → Курси валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="418"/>
        <source>Give the reason for the prices below the minimum</source>
        <translation>Укажіть причину цін, нижчих за мінімальні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="420"/>
        <source>Payment days must be from 0 to 365</source>
        <translation>Термін оплати має бути від 0 до 365 днів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="422"/>
        <source>{code} is not a currency code (three capital letters, such as USD)</source>
        <translation>{code} — не код валюти (три великі латинські літери, наприклад USD)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="424"/>
        <source>{code} is listed twice</source>
        <translation>Валюту {code} вказано двічі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="425"/>
        <source>Enter the rate of {code}</source>
        <translation>Укажіть курс {code}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="426"/>
        <source>{code} is the company&apos;s own currency: it needs no exchange rate</source>
        <translation>{code} — власна валюта компанії: курс для неї не потрібен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="428"/>
        <source>The rate of {code} may have at most 6 decimal places</source>
        <translation>Курс {code} може мати не більше 6 знаків після коми</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="430"/>
        <source>The rate of {code} must be above 0 and below 1,000,000,000</source>
        <translation>Курс {code} має бути більшим за 0 і меншим за 1 000 000 000</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="432"/>
        <source>Restore from {path} failed: {reason}; the previous content is in {safety}</source>
        <translation>Не вдалося відновити з {path}: {reason}; попередній вміст збережено в {safety}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="434"/>
        <source>{path} is not a usable backup: {reason}</source>
        <translation>{path} — непридатна резервна копія: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="435"/>
        <source>{path} is not a usable CRM Desktop backup ({verdict})</source>
        <translation>{path} — непридатна резервна копія CRM Desktop ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="437"/>
        <source>Restore from the program is for SQLite files; use pg_restore for a PostgreSQL server</source>
        <translation>Програма відновлює лише файли SQLite; сервер PostgreSQL відновіть за допомогою pg_restore</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="441"/>
        <source>No custom field {key!r}</source>
        <translation>Немає додаткового поля «{key}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="442"/>
        <source>Give the segment a name</source>
        <translation>Укажіть назву сегмента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="443"/>
        <source>Give the template a name</source>
        <translation>Дайте шаблону назву</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="444"/>
        <source>Write the subject of the letter</source>
        <translation>Напишіть тему листа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="445"/>
        <source>No campaign template {name}</source>
        <translation>Немає шаблону кампанії {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="446"/>
        <source>Name a client or an e-mail address</source>
        <translation>Вкажіть контрагента або адресу e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="447"/>
        <source>{address} is not an e-mail address</source>
        <translation>{address} не є адресою e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="449"/>
        <source>No segment {name}</source>
        <translation>Немає сегмента {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="450"/>
        <source>Nobody in {segment} would get the letter ({total} clients: opted out, bad or no address)</source>
        <translation>Ніхто в сегменті {segment} не отримав би листа (контрагентів: {total}; відмовилися від розсилки, адреса неправильна або відсутня)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="453"/>
        <source>The rate must be from 1 to {maximum} messages a minute</source>
        <translation>Швидкість має бути від 1 до {maximum} листів за хвилину</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="455"/>
        <source>This campaign no longer exists</source>
        <translation>Цієї кампанії більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="456"/>
        <source>This client is not in the campaign&apos;s segment</source>
        <translation>Цього контрагента немає в сегменті кампанії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="458"/>
        <source>Enter the address the test letter goes to</source>
        <translation>Введіть адресу для тестового листа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="460"/>
        <source>The stage {stage} still holds {count} deals: move them first</source>
        <translation>На етапі «{stage}» ще є угоди ({count}): спочатку перенесіть їх</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="462"/>
        <source>Every stage needs a name</source>
        <translation>Кожен етап повинен мати назву</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="463"/>
        <source>The pipeline {pipeline} has no stage {stage}</source>
        <translation>У воронці продажів «{pipeline}» немає етапу «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="465"/>
        <source>The account {login} is disabled: ask the administrator</source>
        <translation>Обліковий запис {login} вимкнено: зверніться до адміністратора</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="467"/>
        <source>Not a server address (HOST:PORT): {address}</source>
        <translation>Не адреса сервера (ХОСТ:ПОРТ): {address}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="468"/>
        <source>--listen takes HOST:PORT, not {value}</source>
        <translation>--listen приймає ХОСТ:ПОРТ, а не {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="469"/>
        <source>A login is 2 to 64 small Latin letters, digits, dots, dashes or underscores, not {login!r}</source>
        <translation>Логін — від 2 до 64 малих латинських літер, цифр, крапок, дефісів або підкреслень, а не «{login}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="473"/>
        <source>The request is not understood: {reason}</source>
        <translation>Запит не розпізнано: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="474"/>
        <source>Keep the change history from 0 (forever) to 36500 days</source>
        <translation>Строк зберігання історії змін — від 0 (безстроково) до 36500 днів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="476"/>
        <source>{field}: {value!r} is not a valid value</source>
        <translation>{field}: «{value}» — неприпустиме значення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="477"/>
        <source>The team server&apos;s certificate has changed: it is now {fingerprint}, not the {pinned} you accepted. Nothing was sent. If nobody replaced it on the server, someone may be intercepting the connection.</source>
        <translation>Сертифікат командного сервера змінився: тепер це {fingerprint}, а не прийнятий вами {pinned}. Нічого не надіслано. Якщо на сервері його ніхто не замінював, з&apos;єднання, можливо, перехоплюють.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="482"/>
        <source>The certificate {path} cannot be used: {reason}</source>
        <translation>Сертифікат {path} не можна використати: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="484"/>
        <source>{login} is not a head of sales</source>
        <translation>{login} — не керівник відділу продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="485"/>
        <source>The login {login} is taken</source>
        <translation>Логін {login} уже зайнято</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="486"/>
        <source>The team server needs a PostgreSQL database (--db postgresql+psycopg://…), not {database}</source>
        <translation>Командному серверу потрібна база даних PostgreSQL (--db postgresql+psycopg://…), а не {database}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="492"/>
        <source>Enter the person&apos;s name</source>
        <translation>Введіть ім&apos;я співробітника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="493"/>
        <source>No password given (type it, or pipe it on standard input)</source>
        <translation>Пароль не вказано (введіть його або передайте через стандартне введення)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="495"/>
        <source>No team {name}</source>
        <translation>Немає команди «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="496"/>
        <source>No user {login}</source>
        <translation>Немає користувача {login}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="497"/>
        <source>Give the team a name</source>
        <translation>Укажіть назву команди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="498"/>
        <source>Sign in to the team server first</source>
        <translation>Спочатку ввійдіть на командний сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="499"/>
        <source>No such client among those you may see</source>
        <translation>Серед доступних вам контрагентів такого немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="500"/>
        <source>Not signed in to a team server</source>
        <translation>Вхід на командний сервер не виконано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="501"/>
        <source>You cannot disable your own account or take away your own administration</source>
        <translation>Не можна вимкнути власний обліковий запис або позбавити себе прав адміністратора</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="503"/>
        <source>The password must have at least {minimum} characters</source>
        <translation>Пароль має містити щонайменше {minimum} символів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="505"/>
        <source>The two passwords differ</source>
        <translation>Паролі не збігаються</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="506"/>
        <source>The server&apos;s database role {role} {why}: row-level security would not apply to it. Let the server log in as a role that is only a member of crm_app (README: Team server)</source>
        <translation>Роль бази даних сервера {role} {why}: захист на рівні рядків (RLS) на неї не діятиме. Нехай сервер входить під роллю, яка лише є членом crm_app (README: Team server)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="511"/>
        <source>The database is at revision {revision}, the server needs {head}: run `crm-desktop db upgrade --db …` as the database owner</source>
        <translation>База даних у редакції {revision}, серверу потрібна {head}: виконайте `crm-desktop db upgrade --db …` від імені власника бази</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="515"/>
        <source>The team server failed: {reason}</source>
        <translation>Збій командного сервера: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="516"/>
        <source>Share with one person or one team</source>
        <translation>Надайте доступ одній особі або одній команді</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="517"/>
        <source>Too many wrong passwords: try again in {seconds} seconds</source>
        <translation>Забагато неправильних паролів: спробуйте ще раз через {seconds} с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="519"/>
        <source>Give both --tls-cert and --tls-key, or neither</source>
        <translation>Укажіть і --tls-cert, і --tls-key або жодного з них</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="520"/>
        <source>Your sign-in has expired: sign in again</source>
        <translation>Строк дії входу минув: увійдіть знову</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="521"/>
        <source>You were signed out (here, on another desktop or by the administrator): sign in again</source>
        <translation>Ваш сеанс завершено (тут, на іншому комп&apos;ютері або адміністратором): увійдіть знову</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="525"/>
        <source>The team server answered something unexpected ({status})</source>
        <translation>Командний сервер дав неочікувану відповідь ({status})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="527"/>
        <source>A client has no field {field}</source>
        <translation>Контрагент не має поля {field}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="528"/>
        <source>The team server {address} does not answer ({reason}). You keep working on this computer.</source>
        <translation>Командний сервер {address} не відповідає ({reason}). Робота триває на цьому комп&apos;ютері.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="532"/>
        <source>Wrong login or password</source>
        <translation>Неправильний логін або пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="533"/>
        <source>This program (database version {revision}) is older than the team server&apos;s ({server}). Update the program to sync; your unsent changes wait on this computer.</source>
        <translation>Ця програма (версія бази даних {revision}) старіша за сервер команди ({server}). Оновіть програму, щоб синхронізуватися; ваші ненадіслані зміни чекають на цьому комп&apos;ютері.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="538"/>
        <source>The team server cannot read a sync batch: {reason}</source>
        <translation>Сервер команди не може прочитати пакет синхронізації: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="540"/>
        <source>This copy is not connected to a team server: run crm-desktop connect URL --user LOGIN</source>
        <translation>Ця копія не підключена до сервера команди: виконайте crm-desktop connect URL --user LOGIN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="544"/>
        <source>Signed out of the team server {address}: run crm-desktop connect again</source>
        <translation>Сеанс на сервері команди {address} завершено: виконайте crm-desktop connect ще раз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="546"/>
        <source>This conflict is no longer in the inbox</source>
        <translation>Цього конфлікту вже немає у списку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="548"/>
        <source>The value of {field} cannot be taken back here ({kind}): the record changed for a reason the server keeps</source>
        <translation>Значення поля {field} тут не можна повернути ({kind}): запис змінився з причини, яку зберігає сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="552"/>
        <source>The server&apos;s certificate is {fingerprint}, not the {expected} you gave. Nothing was sent.</source>
        <translation>Сертифікат сервера — {fingerprint}, а не вказаний вами {expected}. Нічого не надіслано.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="556"/>
        <source>This claim no longer exists</source>
        <translation>Цієї рекламації більше немає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="557"/>
        <source>The claim is handled by {owner}: only the head of sales may change another person&apos;s claim</source>
        <translation>Рекламацію веде {owner}: змінити чужу рекламацію може лише керівник відділу продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="560"/>
        <source>Describe the essence of the claim</source>
        <translation>Опишіть суть рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="561"/>
        <source>The contact person does not belong to the claimant</source>
        <translation>Контактна особа не належить до заявника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="563"/>
        <source>Order {number} is another client&apos;s</source>
        <translation>Замовлення {number} належить іншому контрагенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="564"/>
        <source>Invoice {number} is another client&apos;s</source>
        <translation>Рахунок {number} належить іншому контрагенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="566"/>
        <source>This reason is not in the list</source>
        <translation>Такої причини немає в списку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="567"/>
        <source>This result is not in the list</source>
        <translation>Такого результату немає в списку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="568"/>
        <source>This employee is not an active user</source>
        <translation>Цей співробітник не є активним користувачем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="569"/>
        <source>You may see the figures of {allowed} only, not of the people chosen</source>
        <translation>Ви можете бачити показники лише таких працівників: {allowed}, а не вибраних</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="571"/>
        <source>The period ends ({end}) before it starts ({start})</source>
        <translation>Період закінчується ({end}) раніше, ніж починається ({start})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="573"/>
        <source>No report {name}; the reports are {names}</source>
        <translation>Немає звіту {name}; доступні звіти: {names}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="574"/>
        <source>Sales cannot be grouped by {group}; use one of {groups}</source>
        <translation>Продажі не можна групувати за {group}; використайте одне з: {groups}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="576"/>
        <source>A plan cannot be negative: {amount}</source>
        <translation>План не може бути від&apos;ємним: {amount}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="577"/>
        <source>No such person: {manager}</source>
        <translation>Немає такого менеджера: {manager}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="578"/>
        <source>No export format {format}; use one of {formats}</source>
        <translation>Немає формату експорту {format}; використайте один із: {formats}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="580"/>
        <source>{option} {value}: not a date; write it as YYYY-MM-DD</source>
        <translation>{option} {value}: не дата; запишіть як РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="582"/>
        <source>No person with the login {login}</source>
        <translation>Немає користувача з логіном {login}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="585"/>
        <source>Sales funnel: {pipeline}</source>
        <translation>Воронка продажів: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="586"/>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="587"/>
        <source>Manager benchmark</source>
        <translation>Порівняння менеджерів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="588"/>
        <source>Won and lost</source>
        <translation>Виграні й програні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="589"/>
        <source>Lead sources</source>
        <translation>Джерела лідів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="590"/>
        <source>Claims</source>
        <translation>Рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="591"/>
        <source>Overdue work</source>
        <translation>Прострочена робота</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="592"/>
        <source>Reactivation candidates</source>
        <translation>Кандидати на реактивацію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="593"/>
        <source>Won and lost by manager</source>
        <translation>Виграні й програні за менеджерами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="594"/>
        <source>Leads and won deals by source</source>
        <translation>Ліди й виграні угоди за джерелами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="595"/>
        <source>Sales, {currency}</source>
        <translation>Продажі, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="596"/>
        <source>Revenue against last year, {currency}</source>
        <translation>Виручка порівняно з торішньою, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="597"/>
        <source>Claims by month</source>
        <translation>Рекламації за місяцями</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="598"/>
        <source>Overdue work by responsible</source>
        <translation>Прострочена робота за відповідальними</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="599"/>
        <source>Past revenue of the clients to win back, {currency}</source>
        <translation>Минула виручка контрагентів для повернення, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="602"/>
        <source>Open deals by stage: {pipeline}</source>
        <translation>Відкриті угоди за етапами, воронка {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="603"/>
        <source>Entered</source>
        <translation>Увійшло</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="604"/>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="605"/>
        <source>Lost</source>
        <translation>Програно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="606"/>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="607"/>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="608"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="609"/>
        <source>Last year</source>
        <translation>Торік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="610"/>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="611"/>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="612"/>
        <source>Open</source>
        <translation>Відкриті</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="613"/>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="614"/>
        <source>Orders</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="615"/>
        <source>Claim tasks</source>
        <translation>Завдання рекламацій</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="616"/>
        <source>Past revenue</source>
        <translation>Минула виручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="617"/>
        <source>Open deals</source>
        <translation>Відкриті угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="618"/>
        <source>Amount, {currency}</source>
        <translation>Сума, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="619"/>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="620"/>
        <source>Percent</source>
        <translation>Відсоток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="621"/>
        <source>A sale is an invoice paid in full, in the client&apos;s currency.</source>
        <translation>Продаж — це рахунок, оплачений повністю, у валюті контрагента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="624"/>
        <source>Total sales divided by the number of sales (invoices paid in full); a dash while there is none.</source>
        <translation>сума продажів, поділена на кількість продажів (рахунків, оплачених повністю); риска, поки їх немає.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="628"/>
        <source>An order neither delivered nor cancelled whose due date has passed.</source>
        <translation>замовлення, яке не доставлено й не скасовано, хоча його термін минув.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="631"/>
        <source>{term}: {definition}</source>
        <translation>{term}: {definition}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="632"/>
        <source>Average check</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="633"/>
        <source>Overdue order</source>
        <translation>Прострочене замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="634"/>
        <source>A deal enters a stage when the stage history has a move into it (counted once per deal and stage, by the moment of the move).</source>
        <translation>Угода потрапляє на етап, коли в історії етапів є перехід на нього (враховується один раз для кожної угоди й етапу, за моментом переходу).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="638"/>
        <source>Conversion = deals that entered the next stage / deals that entered this one.</source>
        <translation>Конверсія = угоди, що потрапили на наступний етап / угоди, що потрапили на цей.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="641"/>
        <source>Time in stage: the median of the times recorded when deals left the stage in the period.</source>
        <translation>Час на етапі: медіана часу, зафіксованого, коли угоди залишали етап у періоді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="645"/>
        <source>Lost at: the stage a deal left for a lost stage.</source>
        <translation>Етап програшу: етап, з якого угода перейшла на етап програшу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="648"/>
        <source>Won and lost: deals closed in the period in a won or lost stage; amounts of the deals in {currency} only.</source>
        <translation>Виграні й програні: угоди, закриті в періоді на етапі виграшу чи програшу; суми — лише угод у {currency}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="652"/>
        <source>Win rate = won / (won + lost) deals closed in the period.</source>
        <translation>Частка виграшів = виграні / (виграні + програні) угоди, закриті в періоді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="655"/>
        <source>A lead: a deal opened in the period; conversion to won = how many of them are won by now.</source>
        <translation>Лід — угода, відкрита в періоді; конверсія у виграш = скільки з них уже виграно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="659"/>
        <source>Revenue: the sales issued in the period whose deal came from the source, in {currency}.</source>
        <translation>Виручка: продажі, виставлені в періоді, угода яких прийшла з цього джерела, у {currency}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="663"/>
        <source>Sales in {currency} count, in the period by their issue date.</source>
        <translation>Враховуються продажі у {currency}, що потрапляють у період за датою виставлення.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="666"/>
        <source>Revenue: the sum of the sales&apos; totals (by product or category: of their lines).</source>
        <translation>Виручка: сума підсумків продажів (за товаром чи категорією — сума їхніх рядків).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="669"/>
        <source>Plan: the amounts set per manager and month in {currency}, for the months the period touches; plan done = revenue of the managers with a plan / plan.</source>
        <translation>План: суми, встановлені для кожного менеджера й місяця у {currency}, за місяці, яких торкається період; виконання плану = виручка менеджерів із планом / план.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="673"/>
        <source>Deals opened: created in the period; won: closed won in the period.</source>
        <translation>Відкрито угод: створені в періоді; виграно: закриті з виграшем у періоді.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="676"/>
        <source>Last year: the same days one year earlier; change = (now - last year) / last year.</source>
        <translation>Торік: ті самі дні роком раніше; зміна = (зараз - торік) / торік.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="680"/>
        <source>Calls, meetings, e-mails: done events starting in the period; overdue events: starting in the period, still planned and past their due time.</source>
        <translation>Дзвінки, зустрічі, листи: виконані події, що починаються в періоді; прострочені події: що починаються в періоді, досі заплановані, і їхній термін минув.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="684"/>
        <source>By month: claims registered and resolved in the month (UTC); open = registered by the month&apos;s end and neither resolved nor rejected by then.</source>
        <translation>За місяцями: рекламації, зареєстровані й вирішені в місяці (UTC); відкриті = зареєстровані до кінця місяця й на той час не вирішені та не відхилені.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="688"/>
        <source>By reason and department: claims dated in the period; share of all of them.</source>
        <translation>За причиною та відділом: рекламації з датою в періоді; частка від усіх.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="691"/>
        <source>Satisfied = claims resolved or rejected rated 4 or 5 of 5 / those rated.</source>
        <translation>Задоволені = вирішені або відхилені рекламації з оцінкою 4 чи 5 з 5 / усі оцінені.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="694"/>
        <source>Department: the one at fault, else the reason&apos;s.</source>
        <translation>Відділ: винний відділ, а якщо його немає — відділ причини.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="697"/>
        <source>Most claims: {month} ({count}).</source>
        <translation>Найбільше рекламацій: {month} ({count}).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="698"/>
        <source>Overdue event: still planned and its due time has passed (claim tasks counted apart).</source>
        <translation>Прострочена подія: досі запланована, і її термін минув (завдання рекламацій враховано окремо).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="702"/>
        <source>Overdue claim task: a task of a claim&apos;s plan, still planned, past its due time.</source>
        <translation>Прострочене завдання рекламації: завдання з плану рекламації, досі заплановане, термін якого минув.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="705"/>
        <source>A candidate: a client whose last sale (invoice paid in full, in {currency}) was issued more than {days} days ago; past revenue = all their sales.</source>
        <translation>Кандидат — контрагент, чий останній продаж (рахунок, оплачений повністю, у {currency}) виставлено понад {days} дн. тому; минула виручка = усі його продажі.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="709"/>
        <source>The {limit} clients with the largest past revenue.</source>
        <translation>Контрагенти з найбільшою минулою виручкою (перші {limit}).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="712"/>
        <source>Revenue this month</source>
        <translation>Виручка цього місяця</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="713"/>
        <source>Sales this month</source>
        <translation>Продажі цього місяця</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="714"/>
        <source>Deals won this month</source>
        <translation>Виграно угод цього місяця</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="715"/>
        <source>Win rate this month, %</source>
        <translation>Частка виграшів цього місяця, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="716"/>
        <source>Plan done this month, %</source>
        <translation>Виконання плану цього місяця, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="717"/>
        <source>Overdue events</source>
        <translation>Прострочені події</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="718"/>
        <source>Overdue orders</source>
        <translation>Прострочені замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="719"/>
        <source>Open claims</source>
        <translation>Відкриті рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="720"/>
        <source>A claim in status {from_status} cannot become {to_status}</source>
        <translation>Рекламацію в статусі «{from_status}» не можна перевести в «{to_status}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="722"/>
        <source>The claim is {status}: it cannot change any more</source>
        <translation>Рекламація в статусі «{status}»: змінити її вже не можна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="723"/>
        <source>Choose the result of the claim</source>
        <translation>Виберіть результат розгляду рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="724"/>
        <source>Satisfaction is from 1 (not at all) to 5 (fully)</source>
        <translation>Задоволеність — від 1 (зовсім ні) до 5 (повністю)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="726"/>
        <source>Say why the claim is rejected</source>
        <translation>Укажіть, чому рекламацію відхилено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="727"/>
        <source>This file is not attached to the claim</source>
        <translation>Цей файл не прикріплено до рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="728"/>
        <source>Log a call, an e-mail, a meeting or a note</source>
        <translation>Зареєструйте дзвінок, лист, зустріч або нотатку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="731"/>
        <source>No claim status {status}: use one of {known}</source>
        <translation>Немає статусу рекламації {status}: використовуйте один із {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="733"/>
        <source>Every row of the list needs a name</source>
        <translation>Кожен рядок списку повинен мати назву</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="734"/>
        <source>Reason {name}: name its department</source>
        <translation>Причина {name}: укажіть її відділ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="735"/>
        <source>{name} is in the list twice</source>
        <translation>{name} є в списку двічі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="736"/>
        <source>This is not a task of the claim&apos;s plan</source>
        <translation>Це не завдання з плану рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="737"/>
        <source>No client has the address {address}: register the claim by hand</source>
        <translation>Жоден контрагент не має адреси {address}: зареєструйте рекламацію вручну</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="739"/>
        <source>The e-mail has neither a subject nor a text</source>
        <translation>Лист не має ні теми, ні тексту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="740"/>
        <source>The file has no column for: {columns}</source>
        <translation>У файлі немає стовпця для: {columns}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="742"/>
        <source>no client given</source>
        <translation>не вказано контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="743"/>
        <source>no client {value}</source>
        <translation>немає контрагента {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="744"/>
        <source>the essence of the claim is empty</source>
        <translation>суть рекламації не заповнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="745"/>
        <source>{value} is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>{value} — не дата (РРРР-ММ-ДД або ДД.ММ.РРРР)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="747"/>
        <source>no reason {value} in the list</source>
        <translation>у списку немає причини {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="748"/>
        <source>severity {value} is none of low, medium, high, critical</source>
        <translation>серйозність {value} — не одна з low, medium, high, critical</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="750"/>
        <source>the client has no order {value}</source>
        <translation>контрагент не має замовлення {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="751"/>
        <source>the client has no invoice {value}</source>
        <translation>контрагент не має рахунку {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="753"/>
        <source>no active user {value}</source>
        <translation>немає активного користувача {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="754"/>
        <source>The rule file {path} was refused whole, nothing was imported: {problem}</source>
        <translation>Файл правил {path} відхилено повністю, нічого не імпортовано: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="756"/>
        <source>Rule {rule}: {problem}</source>
        <translation>Правило {rule}: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="757"/>
        <source>Rules run on the desktop or the server, not {value}</source>
        <translation>Правила виконуються на комп&apos;ютері або на сервері, а не «{value}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="759"/>
        <source>assigned to {user} ({how})</source>
        <translation>призначено: {user} ({how})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="760"/>
        <source>deal &quot;{title}&quot; opened in {pipeline}, stage {stage}</source>
        <translation>угоду «{title}» відкрито у воронці {pipeline}, етап {stage}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="762"/>
        <source>{kind} {number} made from {source}</source>
        <translation>{kind} {number} створено з документа-джерела {source}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="763"/>
        <source>{type} &quot;{subject}&quot; for {user} on {when}</source>
        <translation>{type} «{subject}» для {user} на {when}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="764"/>
        <source>web hook {url} answered {status}</source>
        <translation>веб-хук {url} відповів {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="765"/>
        <source>e-mail &quot;{subject}&quot; queued for {to}</source>
        <translation>лист «{subject}» поставлено в чергу для {to}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="766"/>
        <source>deal moved to {stage}</source>
        <translation>угоду переміщено на етап {stage}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="767"/>
        <source>{user} told: {text}</source>
        <translation>повідомлено {user}: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="768"/>
        <source>{field} set to {value}</source>
        <translation>{field} змінено на {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="769"/>
        <source>tag {tag} added</source>
        <translation>мітку {tag} додано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="770"/>
        <source>task &quot;{subject}&quot; for {user}, due {due}</source>
        <translation>завдання «{subject}» для {user}, строк {due}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="771"/>
        <source>tag {tag} removed</source>
        <translation>мітку {tag} вилучено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="772"/>
        <source>web hook {url} failed: {reason}</source>
        <translation>веб-хук {url} не спрацював: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="773"/>
        <source>web hook {url} not called: web hooks are off</source>
        <translation>веб-хук {url} не викликано: веб-хуки вимкнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="775"/>
        <source>{client} has no e-mail address</source>
        <translation>{client} не має адреси e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="776"/>
        <source>the record has no client</source>
        <translation>у запису немає контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="777"/>
        <source>the deal has no quote to copy</source>
        <translation>в угоді немає комерційної пропозиції для копіювання</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="778"/>
        <source>letter {title} saved with {client}&apos;s files</source>
        <translation>лист {title} збережено у файлах клієнта {client}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="780"/>
        <source>the pipeline {pipeline} has no stage {stage}</source>
        <translation>у воронці {pipeline} немає етапу {stage}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="782"/>
        <source>no active user {login}</source>
        <translation>немає активного користувача {login}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="783"/>
        <source>nobody to assign: every manager named is absent</source>
        <translation>нема кому призначити: усі названі менеджери відсутні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="785"/>
        <source>Rule {rule} is on {entity}s: pick one</source>
        <translation>Правило {rule} стосується об&apos;єктів «{entity}»: виберіть один</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="786"/>
        <source>No rule {rule}</source>
        <translation>Немає правила {rule}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="787"/>
        <source>stopped: a chain of rules reached the limit of {limit} (a rule&apos;s change firing another rule)</source>
        <translation>зупинено: ланцюжок правил досяг межі {limit} (зміна одного правила запускає інше правило)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="790"/>
        <source>The template has an unclosed or stray brace: {reason}</source>
        <translation>У шаблоні є незакрита або зайва фігурна дужка: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="792"/>
        <source>Unknown placeholder {{{name}}}; use one of: {known}</source>
        <translation>Невідома підстановка {{{name}}}; використовуйте одну з: {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="794"/>
        <source>{field} is not a field a stage can require</source>
        <translation>{field} — не поле, якого може вимагати етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="796"/>
        <source>No active user {login}: name one with --user LOGIN</source>
        <translation>Немає активного користувача {login}: укажіть його через --user LOGIN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="805"/>
        <source>edit clients</source>
        <translation>змінювати контрагентів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="806"/>
        <source>import clients</source>
        <translation>імпортувати контрагентів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="807"/>
        <source>merge clients</source>
        <translation>об&apos;єднувати контрагентів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="808"/>
        <source>edit segments</source>
        <translation>змінювати сегменти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="809"/>
        <source>edit events</source>
        <translation>змінювати події</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="810"/>
        <source>sell (quotes, invoices, payments)</source>
        <translation>продавати (комерційні пропозиції, рахунки, оплати)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="811"/>
        <source>approve prices below the minimum</source>
        <translation>погоджувати ціни, нижчі за мінімальні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="812"/>
        <source>edit the catalogue</source>
        <translation>змінювати каталог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="813"/>
        <source>change minimum prices</source>
        <translation>змінювати мінімальні ціни</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="814"/>
        <source>import price lists</source>
        <translation>імпортувати ціни з прайс-листів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="815"/>
        <source>change a client&apos;s terms of sale</source>
        <translation>змінювати умови продажу контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="816"/>
        <source>change the company&apos;s requisites and settings</source>
        <translation>змінювати реквізити й налаштування компанії</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="817"/>
        <source>set up the mail server</source>
        <translation>налаштовувати поштовий сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="818"/>
        <source>edit custom fields</source>
        <translation>змінювати додаткові поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="819"/>
        <source>manage users</source>
        <translation>керувати користувачами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="820"/>
        <source>back up and restore the database</source>
        <translation>створювати й відновлювати резервні копії бази даних</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="821"/>
        <source>edit deals</source>
        <translation>змінювати угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="822"/>
        <source>edit other salespeople&apos;s deals</source>
        <translation>змінювати угоди інших менеджерів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="823"/>
        <source>edit pipelines and their stages</source>
        <translation>змінювати воронки продажів та їхні етапи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="824"/>
        <source>read the change history</source>
        <translation>переглядати історію змін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="825"/>
        <source>edit orders</source>
        <translation>змінювати замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="826"/>
        <source>edit other salespeople&apos;s orders</source>
        <translation>змінювати замовлення інших менеджерів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="827"/>
        <source>work on claims</source>
        <translation>працювати з рекламаціями</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="828"/>
        <source>edit other salespeople&apos;s claims</source>
        <translation>змінювати рекламації інших менеджерів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="829"/>
        <source>edit the claim reasons and results lists</source>
        <translation>змінювати списки причин і результатів рекламацій</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="830"/>
        <source>send mass mailings (campaigns)</source>
        <translation>надсилати масові розсилки (кампанії)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="831"/>
        <source>edit the automation rules</source>
        <translation>змінювати правила автоматизації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="839"/>
        <source>salesperson</source>
        <translation>менеджер з продажу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="840"/>
        <source>head of sales</source>
        <translation>керівник відділу продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="841"/>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="22"/>
        <source>Row {0}: {1}</source>
        <translation>Рядок {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="25"/>
        <source>… and {0} more in the report</source>
        <translation>… і ще {0} у звіті</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="32"/>
        <source>Save the report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="34"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/import_report.py" line="37"/>
        <source>Row</source>
        <translation>Рядок</translation>
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
        <location filename="../../crm_desktop/ui/kit/labels.py" line="35"/>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="36"/>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="37"/>
        <source>E-mail</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="38"/>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="39"/>
        <source>Planned interaction</source>
        <translation>Запланована взаємодія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="40"/>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="41"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="52"/>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="42"/>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="43"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="51"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="55"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Чернетка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="45"/>
        <source>Issued</source>
        <translation>Виставлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="46"/>
        <source>Sent</source>
        <translation>Надіслано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="47"/>
        <source>Partially paid</source>
        <translation>Частково оплачено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="48"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="49"/>
        <source>Accepted</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="50"/>
        <source>Declined</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="53"/>
        <source>Shipped</source>
        <translation>Відвантажено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="54"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="56"/>
        <source>Bank transfer</source>
        <translation>Банківський переказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="57"/>
        <source>Cash</source>
        <translation>Готівка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="58"/>
        <source>Card</source>
        <translation>Картка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="59"/>
        <source>Components</source>
        <translation>Комплектуючі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="60"/>
        <source>Products</source>
        <translation>Товари</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="61"/>
        <source>Services</source>
        <translation>Послуги</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="64"/>
        <source>New</source>
        <translation>Нове</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="65"/>
        <source>In progress</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="66"/>
        <source>Awaiting payment</source>
        <translation>Очікує оплати</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="67"/>
        <source>Ready to ship</source>
        <translation>Готове до відвантаження</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="68"/>
        <source>Open deal</source>
        <translation>Угода відкрита</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="69"/>
        <source>Won deal</source>
        <translation>Угода виграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="70"/>
        <source>Lost deal</source>
        <translation>Угода програна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="71"/>
        <source>Quote</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="72"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="142"/>
        <source>Invoice</source>
        <translation>Рахунок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="73"/>
        <source>Organization</source>
        <translation>Юр. особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="74"/>
        <source>Person</source>
        <translation>Фіз. особа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="75"/>
        <source>Lead</source>
        <translation>Лід</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="76"/>
        <source>Prospect</source>
        <translation>Потенційний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="77"/>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="78"/>
        <source>Inactive</source>
        <translation>Неактивний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="79"/>
        <source>mobile</source>
        <translation>мобільний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="80"/>
        <source>work</source>
        <translation>робочий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="81"/>
        <source>home</source>
        <translation>домашній</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="82"/>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="83"/>
        <source>other</source>
        <translation>інший</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="84"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="85"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="86"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="87"/>
        <source>Choice</source>
        <translation>Вибір зі списку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="88"/>
        <source>Checkbox</source>
        <translation>Прапорець</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="106"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="107"/>
        <source>Referral</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="108"/>
        <source>Exhibition</source>
        <translation>Виставка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="109"/>
        <source>Cold call</source>
        <translation>Холодний дзвінок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="110"/>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="111"/>
        <source>Partner</source>
        <translation>Партнер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="112"/>
        <source>Repeat customer</source>
        <translation>Постійний клієнт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="113"/>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="143"/>
        <source>Commercial offer</source>
        <translation>Комерційна пропозиція</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="144"/>
        <source>Payment reminder</source>
        <translation>Нагадування про оплату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="167"/>
        <source>BIN/IIN</source>
        <translation>БІН/ІІН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="167"/>
        <source>VÖEN</source>
        <translation>VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="168"/>
        <source>EDRPOU</source>
        <translation>ЄДРПОУ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="169"/>
        <source>RNOKPP</source>
        <translation>РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="169"/>
        <source>INN</source>
        <translation>ІНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="170"/>
        <source>Register No.</source>
        <translation>Реєстр. №</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="173"/>
        <source>Tax ID</source>
        <translation>ЄДРПОУ/РНОКПП</translation>
    </message>
</context>
<context>
    <name>mailing</name>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="13"/>
        <source>will get it</source>
        <translation>отримає</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="14"/>
        <source>sent</source>
        <translation>надіслано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="15"/>
        <source>not delivered</source>
        <translation>не доставлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="16"/>
        <source>opted out</source>
        <translation>відписався</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="17"/>
        <source>bad address</source>
        <translation>хибна адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="18"/>
        <source>no e-mail address</source>
        <translation>немає адреси e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="19"/>
        <source>address shared with another client</source>
        <translation>адреса спільна з іншим контрагентом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="25"/>
        <source>sending</source>
        <translation>надсилається</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="26"/>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="31"/>
        <source>entered by hand</source>
        <translation>введено вручну</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="32"/>
        <source>replied to a letter</source>
        <translation>відповів на лист</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="33"/>
        <source>asked by phone</source>
        <translation>попросив телефоном</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="34"/>
        <source>unsubscribe link</source>
        <translation>посилання для відписки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="40"/>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="18"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="916"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="909"/>
        <source>Something went wrong: {0}. Nothing was saved. Details are in the log file.</source>
        <translation>Сталася помилка: {0}. Нічого не збережено. Подробиці — в журналі програми.</translation>
    </message>
</context>
<context>
    <name>orders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="21"/>
        <source>Overdue: past the due date, not delivered</source>
        <translation>Прострочено: термін минув, не доставлено</translation>
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
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="33"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="35"/>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="42"/>
        <source>Total</source>
        <translation>Сума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="47"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/model.py" line="48"/>
        <source>Invoice</source>
        <translation>Рахунок</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="33"/>
        <source>Sales funnel</source>
        <translation>Воронка продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="34"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="61"/>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="35"/>
        <source>Manager benchmark</source>
        <translation>Порівняння менеджерів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="36"/>
        <source>Won and lost</source>
        <translation>Виграні й програні</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="37"/>
        <source>Lead sources</source>
        <translation>Джерела лідів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="38"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="152"/>
        <source>Claims</source>
        <translation>Рекламації</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="39"/>
        <source>Overdue work</source>
        <translation>Прострочена робота</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="40"/>
        <source>Reactivation candidates</source>
        <translation>Кандидати на реактивацію</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="47"/>
        <source>Conversion to won, %</source>
        <translation>Конверсія у виграш, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="49"/>
        <source>Stage</source>
        <translation>Етап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="50"/>
        <source>Entered</source>
        <translation>Увійшло</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="51"/>
        <source>Conversion to next, %</source>
        <translation>Конверсія в наступний, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="52"/>
        <source>Median days in stage</source>
        <translation>Медіана днів на етапі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="53"/>
        <source>Lost here</source>
        <translation>Програно тут</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="54"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="109"/>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="55"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="139"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="56"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="140"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="57"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="141"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="58"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="112"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="142"/>
        <source>Region</source>
        <translation>Область</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="59"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="143"/>
        <source>Client</source>
        <translation>Контрагент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="60"/>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="62"/>
        <source>Revenue</source>
        <translation>Виручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="63"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="64"/>
        <source>Plan done, %</source>
        <translation>Виконання плану, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="65"/>
        <source>Deals opened</source>
        <translation>Відкрито угод</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="66"/>
        <source>Won</source>
        <translation>Виграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="67"/>
        <source>Win rate, %</source>
        <translation>Частка виграшів, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="68"/>
        <source>Average check</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="69"/>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="70"/>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="71"/>
        <source>E-mails</source>
        <translation>Листи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="72"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="87"/>
        <source>Overdue events</source>
        <translation>Прострочені події</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="73"/>
        <source>Change, %</source>
        <translation>Зміна, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="74"/>
        <source>Last year</source>
        <translation>Торік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="75"/>
        <source>Won amount</source>
        <translation>Сума виграних</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="76"/>
        <source>Lost amount</source>
        <translation>Сума програних</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="77"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="78"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="114"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="79"/>
        <source>Leads</source>
        <translation>Ліди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="80"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="137"/>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="81"/>
        <source>Registered</source>
        <translation>Зареєстровано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="82"/>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="83"/>
        <source>Open</source>
        <translation>Відкриті</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="84"/>
        <source>Satisfied, %</source>
        <translation>Задоволені, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="85"/>
        <source>Department</source>
        <translation>Відділ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="86"/>
        <source>Responsible</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="88"/>
        <source>Overdue orders</source>
        <translation>Прострочені замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="89"/>
        <source>Overdue claim tasks</source>
        <translation>Прострочені завдання рекламацій</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="90"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="102"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="91"/>
        <source>Last purchase</source>
        <translation>Остання покупка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="92"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="117"/>
        <source>Days without a purchase</source>
        <translation>Днів без покупок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="93"/>
        <source>Past revenue</source>
        <translation>Минула виручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="94"/>
        <source>Section</source>
        <translation>Розділ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="95"/>
        <source>Lost</source>
        <translation>Програно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="96"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="97"/>
        <source>Opened, last year</source>
        <translation>Відкрито, торік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="98"/>
        <source>Won, last year</source>
        <translation>Виграно, торік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="99"/>
        <source>Win rate last year, %</source>
        <translation>Частка виграшів торік, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="100"/>
        <source>Share, %</source>
        <translation>Частка, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="101"/>
        <source>Stage lost at</source>
        <translation>Етап програшу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="110"/>
        <source>Pipeline</source>
        <translation>Воронка продажів</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="111"/>
        <source>Manager or team</source>
        <translation>Менеджер або команда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="113"/>
        <source>Product or category</source>
        <translation>Товар або категорія</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="115"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="116"/>
        <source>Group by</source>
        <translation>Групувати за</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="124"/>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="125"/>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="126"/>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="127"/>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="128"/>
        <source>Custom</source>
        <translation>Довільний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="135"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="136"/>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="138"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="150"/>
        <source>Deals</source>
        <translation>Угоди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="151"/>
        <source>Invoices</source>
        <translation>Рахунки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="153"/>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="154"/>
        <source>Orders</source>
        <translation>Замовлення</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="155"/>
        <source>Clients</source>
        <translation>Контрагенти</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="160"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
</context>
</TS>
