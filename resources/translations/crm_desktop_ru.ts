<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="132"/>
        <source>how</source>
        <translation>как</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="133"/>
        <source>managers (logins, comma-separated)</source>
        <translation>менеджеры (логины через запятую)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="134"/>
        <source>table: match=login; match=login</source>
        <translation>таблица: значение=логин; значение=логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="135"/>
        <source>by</source>
        <translation>по</translation>
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
        <translation>срок, дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="140"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="146"/>
        <source>for</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="143"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="145"/>
        <source>in days</source>
        <translation>через, дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="149"/>
        <source>pipeline</source>
        <translation>воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="150"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="153"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="156"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="159"/>
        <source>tag</source>
        <translation>тег</translation>
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
        <translation>заголовок, например Договор для {client}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="171"/>
        <source>text, with {client}, {title}, {amount}…</source>
        <translation>текст, с {client}, {title}, {amount}…</translation>
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
        <translation>повторов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="212"/>
        <source>the record&apos;s manager</source>
        <translation>менеджер записи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="220"/>
        <source>the default pipeline</source>
        <translation>воронка по умолчанию</translation>
    </message>
</context>
<context>
    <name>AutomationButton</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="24"/>
        <source>A&amp;utomation</source>
        <translation>А&amp;втоматизация</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="26"/>
        <source>Why did something happen to this record, and the rules you can run on it by hand</source>
        <translation>Почему с этой записью что-то произошло, и правила, которые можно запустить для неё вручную</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="38"/>
        <source>Why did this happen?</source>
        <translation>Почему это произошло?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="45"/>
        <source>No rules to run by hand</source>
        <translation>Нет правил для ручного запуска</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="48"/>
        <source>Run: {rule}</source>
        <translation>Запустить: {rule}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="73"/>
        <source>nothing to do</source>
        <translation>делать нечего</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="76"/>
        <source>Done: {what}</source>
        <translation>Выполнено: {what}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/card_button.py" line="77"/>
        <source>The rule failed: {what}</source>
        <translation>Правило не выполнено: {what}</translation>
    </message>
</context>
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
    <name>CampaignWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="92"/>
        <source>Mass mailing</source>
        <translation>Массовая рассылка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="101"/>
        <source>New campaign</source>
        <translation>Новая рассылка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="102"/>
        <source>Campaigns</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="103"/>
        <source>Opt-out list</source>
        <translation>Список отписавшихся</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="109"/>
        <source>Only the head of sales sends campaigns</source>
        <translation>Рассылки отправляет только руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="126"/>
        <source>&amp;Segment:</source>
        <translation>&amp;Сегмент:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="140"/>
        <source>Save &amp;template</source>
        <translation>Сохранить &amp;шаблон</translation>
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
        <translation>&amp;Письмо:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="160"/>
        <source>Placeholders:</source>
        <translation>Подстановки:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="162"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="167"/>
        <source> a minute</source>
        <translation> в минуту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="168"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Скорость:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="175"/>
        <source>your own address</source>
        <translation>ваш собственный адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="176"/>
        <source>Test &amp;to:</source>
        <translation>Тест &amp;на:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="177"/>
        <source>Send a t&amp;est to myself</source>
        <translation>Отправить т&amp;ест себе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="181"/>
        <source>Send the &amp;campaign…</source>
        <translation>Отправить &amp;рассылку…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="189"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="390"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="461"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="190"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="391"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="462"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="479"/>
        <source>Address</source>
        <translation>Адрес</translation>
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
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="220"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="260"/>
        <source>Counting the segment…</source>
        <translation>Подсчёт сегмента…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="281"/>
        <source>{total} clients in the segment: {queued} will get the letter, {opted} opted out, {bad} bad address, {none} without an address, {shared} at an address another client gets it at</source>
        <translation>Клиентов в сегменте: {total}; письмо получат: {queued}, отписались: {opted}, неверный адрес: {bad}, без адреса: {none}, адрес общий с другим клиентом: {shared}</translation>
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
        <translation>Этому клиенту не отправляется: {why}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="337"/>
        <source>A test letter to {to} is in the outbox.</source>
        <translation>Тестовое письмо на {to} помещено в исходящие.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="344"/>
        <source>Send the campaign</source>
        <translation>Отправка рассылки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="345"/>
        <source>Send the letter to {queued} clients, {rate} a minute (about {minutes} minutes)?</source>
        <translation>Отправить письмо клиентам ({queued}) со скоростью {rate} в минуту (примерно {minutes} мин)?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="370"/>
        <source>Queued at</source>
        <translation>В очереди с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="371"/>
        <source>Campaign</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="372"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="373"/>
        <source>Rate</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="373"/>
        <source>{n}/min</source>
        <translation>{n}/мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="375"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="376"/>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="377"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="378"/>
        <source>Failed</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="379"/>
        <source>Opted out</source>
        <translation>Отписались</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="380"/>
        <source>Bad address</source>
        <translation>Неверный адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="381"/>
        <source>No address</source>
        <translation>Без адреса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="387"/>
        <source>The chosen campaign&apos;s recipients (failures first):</source>
        <translation>Получатели выбранной рассылки (сначала ошибки):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="394"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="480"/>
        <source>Server&apos;s answer</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="400"/>
        <source>Cancel the letters not yet sent</source>
        <translation>Отменить ещё не отправленные письма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="447"/>
        <source>e-mail address that asked to stop, or the subject of its unsubscribe reply</source>
        <translation>адрес e-mail, попросивший прекратить рассылку, или тема его ответа об отписке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="454"/>
        <source>&amp;Add to the list</source>
        <translation>&amp;Добавить в список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="460"/>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="478"/>
        <source>Since</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="461"/>
        <source>(any client)</source>
        <translation>(любой клиент)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="462"/>
        <source>(every address)</source>
        <translation>(любой адрес)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="463"/>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="464"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="470"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Удалить из списка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="475"/>
        <source>Addresses a mail server refused for good (campaigns skip them):</source>
        <translation>Адреса, которые почтовый сервер окончательно отклонил (рассылки их пропускают):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/campaign_window.py" line="486"/>
        <source>Try this address &amp;again</source>
        <translation>Попробовать этот адрес &amp;снова</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="130"/>
        <source>Product catalogue</source>
        <translation>Каталог товаров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="142"/>
        <source>Code or name</source>
        <translation>Код или название</translation>
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
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="148"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="149"/>
        <source>Recommended price</source>
        <translation>Рекомендуемая цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="151"/>
        <source>Minimum price</source>
        <translation>Минимальная цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="153"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="159"/>
        <source>&amp;New product</source>
        <translation>&amp;Новый товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="161"/>
        <source>New &amp;category</source>
        <translation>Новая &amp;категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="162"/>
        <source>&amp;Warehouses…</source>
        <translation>&amp;Склады…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="163"/>
        <source>&amp;Import prices and stock…</source>
        <translation>&amp;Импорт цен и остатков…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="253"/>
        <source>New category</source>
        <translation>Новая категория</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="59"/>
        <source>Category</source>
        <translation>Категория</translation>
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
    <name>ClaimCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="152"/>
        <source>&amp;Claim</source>
        <translation>&amp;Претензия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="153"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="547"/>
        <source>&amp;Plan</source>
        <translation>П&amp;лан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="154"/>
        <source>&amp;Files</source>
        <translation>&amp;Файлы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="155"/>
        <source>&amp;Interactions</source>
        <translation>&amp;Взаимодействия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>From</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>To</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="374"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="157"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="158"/>
        <source>Histor&amp;y</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="161"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="165"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="186"/>
        <source>New claim</source>
        <translation>Новая претензия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="187"/>
        <source>New claim (numbered when saved)</source>
        <translation>Новая претензия (номер присваивается при сохранении)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="212"/>
        <source>(not set)</source>
        <translation>(не указано)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="254"/>
        <source>Find the claimant…</source>
        <translation>Найти заявителя…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="267"/>
        <source>(the reason&apos;s department)</source>
        <translation>(отдел по причине)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="269"/>
        <source>Edit the &amp;list…</source>
        <translation>Изменить &amp;список…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="286"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="287"/>
        <source>Claimant &amp;is</source>
        <translation>&amp;Тип заявителя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="288"/>
        <source>Claimant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="289"/>
        <source>C&amp;ontact person</source>
        <translation>&amp;Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="290"/>
        <source>&amp;Order</source>
        <translation>&amp;Заказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="291"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="292"/>
        <source>&amp;Product</source>
        <translation>&amp;Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="293"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="294"/>
        <source>Person at &amp;fault</source>
        <translation>&amp;Виновный сотрудник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="295"/>
        <source>Department at fa&amp;ult</source>
        <translation>Виновный о&amp;тдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="296"/>
        <source>Rea&amp;son</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="299"/>
        <source>Se&amp;verity</source>
        <translation>Важ&amp;ность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="300"/>
        <source>Dead&amp;line</source>
        <translation>С&amp;рок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="304"/>
        <source>&amp;Essence</source>
        <translation>&amp;Суть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="305"/>
        <source>Requested re&amp;medy</source>
        <translation>Требование &amp;заявителя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="309"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="323"/>
        <source>By when</source>
        <translation>Срок</translation>
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
        <translation>Что нужно сделать…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="336"/>
        <source>&amp;Add task</source>
        <translation>&amp;Добавить задачу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="339"/>
        <source>Mark &amp;done…</source>
        <translation>Отметить &amp;выполненной…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="354"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="358"/>
        <source>&amp;Attach files…</source>
        <translation>&amp;Приложить файлы…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="361"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
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
        <translation>Содержание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="384"/>
        <source>Subject…</source>
        <translation>Тема…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="387"/>
        <source>What was said or agreed…</source>
        <translation>О чём говорили или договорились…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="388"/>
        <source>&amp;Log</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="428"/>
        <location filename="../../crm_desktop/ui/claims/card.py" line="450"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="438"/>
        <source>(the claim&apos;s responsible)</source>
        <translation>(ответственный по претензии)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="475"/>
        <source>Claim {0}</source>
        <translation>Претензия {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="476"/>
        <source>Claim {0} of {1}</source>
        <translation>Претензия {0} от {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="495"/>
        <source>Result: {0}</source>
        <translation>Результат: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="497"/>
        <source>Satisfaction: {0} of 5</source>
        <translation>Удовлетворённость: {0} из 5</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="501"/>
        <source>Repeats the open claim {0}</source>
        <translation>Повторяет открытую претензию {0}</translation>
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
        <translation>Выполнено {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="537"/>
        <source>{0} overdue</source>
        <translation>Просрочено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="538"/>
        <source>No plan yet</source>
        <translation>Плана пока нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="544"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="546"/>
        <source>&amp;Plan ({0}/{1})</source>
        <translation>П&amp;лан ({0}/{1})</translation>
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
        <translation>с {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="569"/>
        <source>overdue</source>
        <translation>просрочена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="584"/>
        <source>Choose the claimant first.</source>
        <translation>Сначала выберите заявителя.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="611"/>
        <source>This claim repeats the open claim {0}.</source>
        <translation>Эта претензия повторяет открытую претензию {0}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="676"/>
        <source>Task done</source>
        <translation>Задача выполнена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="677"/>
        <source>What came out of it:</source>
        <translation>Что получилось в итоге:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="693"/>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
</context>
<context>
    <name>ClaimsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="58"/>
        <source>Claims</source>
        <translation>Претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="68"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="69"/>
        <source>Open (not resolved or rejected)</source>
        <translation>Открытые (в работе)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="72"/>
        <source>All reasons</source>
        <translation>Все причины</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="73"/>
        <source>All departments</source>
        <translation>Все отделы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="74"/>
        <source>Anyone responsible</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="75"/>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="76"/>
        <source>&amp;Overdue only</source>
        <translation>Только &amp;просроченные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="82"/>
        <source>Number, client or essence…</source>
        <translation>Номер, клиент или суть…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="84"/>
        <source>&amp;New claim…</source>
        <translation>&amp;Новая претензия…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="88"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="91"/>
        <source>&amp;Reasons…</source>
        <translation>&amp;Причины…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="96"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="98"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="166"/>
        <source>(any)</source>
        <translation>(любой)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="228"/>
        <source>{0} claims, {1} open, {2} overdue</source>
        <translation>Претензий: {0}, открытых: {1}, просроченных: {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="300"/>
        <source>Export claims</source>
        <translation>Экспорт претензий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="301"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="306"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/list_window.py" line="314"/>
        <source>{0} claims exported to {1}</source>
        <translation>Претензий выгружено: {0}, файл {1}</translation>
    </message>
</context>
<context>
    <name>ClientCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="99"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="120"/>
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="133"/>
        <source>New c&amp;laim…</source>
        <translation>Новая п&amp;ретензия…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="135"/>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="100"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="76"/>
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
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="78"/>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="83"/>
        <source>VIP, wholesale</source>
        <translation>VIP, опт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="95"/>
        <source>One phone a line, e.g. +7 727 250 10 20</source>
        <translation>По одному телефону в строке, например +7 727 250 10 20</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="98"/>
        <source>One e-mail a line</source>
        <translation>По одному e-mail в строке</translation>
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
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="105"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="204"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
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
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="109"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="110"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="214"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="111"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="189"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="207"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="112"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="208"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="113"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="209"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="114"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="210"/>
        <source>Address</source>
        <translation>Адрес</translation>
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
        <translation>Телефоны офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="117"/>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="192"/>
        <source>Office e-mails</source>
        <translation>E-mail офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/main.py" line="123"/>
        <source>Probable typo: {0} mixes Latin and Cyrillic letters</source>
        <translation>Возможна опечатка: в {0} смешаны латинские и русские буквы</translation>
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
        <translation>Юридический адрес</translation>
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
        <translation>Банковские счета</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="50"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="51"/>
        <source>Account / IBAN</source>
        <translation>Счёт / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="52"/>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="53"/>
        <source>Default</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="57"/>
        <source>Add account</source>
        <translation>Добавить счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/requisites.py" line="60"/>
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
        <location filename="../../crm_desktop/ui/kit/labels.py" line="217"/>
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
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="124"/>
        <source>Contact {0}</source>
        <translation>Контакт {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="205"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="201"/>
        <source>Client ID</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="206"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Россия)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="220"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="222"/>
        <source>Contact phones</source>
        <translation>Телефоны контакта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="223"/>
        <source>Contact e-mails</source>
        <translation>Эл. почта контакта</translation>
    </message>
</context>
<context>
    <name>ClientImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="61"/>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="151"/>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Client name</source>
        <translation>Наименование клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="67"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="68"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="69"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="70"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="71"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="72"/>
        <source>Tags</source>
        <translation>Метки</translation>
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
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="74"/>
        <source>Office phone</source>
        <translation>Телефон офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Office e-mail</source>
        <translation>E-mail офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="75"/>
        <source>Contact: full name</source>
        <translation>Контакт: ФИО</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: first name</source>
        <translation>Контакт: имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="76"/>
        <source>Contact: middle name</source>
        <translation>Контакт: отчество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: last name</source>
        <translation>Контакт: фамилия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="77"/>
        <source>Contact: position</source>
        <translation>Контакт: должность</translation>
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
        <translation>Контакт: день рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="80"/>
        <source>Contact: primary</source>
        <translation>Контакт: основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="81"/>
        <source>Client ID (groups rows)</source>
        <translation>ID клиента (объединяет строки)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="83"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="86"/>
        <source>CSV, Excel (XLSX) or vCard (VCF)</source>
        <translation>CSV, Excel (XLSX) или vCard (VCF)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="96"/>
        <source>Skip rows of existing clients</source>
        <translation>Пропускать строки существующих клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="97"/>
        <source>Update existing clients</source>
        <translation>Обновлять существующих клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="98"/>
        <source>Create anyway (recorded)</source>
        <translation>Создавать всё равно (с отметкой)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="99"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Импортировать верные строки, даже если в других есть ошибки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="105"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="109"/>
        <source>Cancel import</source>
        <translation>Прервать импорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="116"/>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="119"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="126"/>
        <source>Duplicates:</source>
        <translation>Дубли:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="139"/>
        <source>Choose what each column holds:</source>
        <translation>Укажите, что содержит каждый столбец:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="152"/>
        <source>Clients (*.csv *.xlsx *.vcf);;All files (*)</source>
        <translation>Клиенты (*.csv *.xlsx *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="170"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: строк — {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="183"/>
        <source>— skip —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="238"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="246"/>
        <source>Imported: {0} clients created, {1} updated, {2} skipped as duplicates, {3} contact persons.</source>
        <translation>Импортировано: создано клиентов {0}, обновлено {1}, пропущено дублей {2}, контактных лиц {3}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="254"/>
        <source>{0} of {1} rows have problems; nothing was imported. Fix the file, or accept a partial import.</source>
        <translation>В {0} из {1} строк есть ошибки; ничего не импортировано. Исправьте файл или разрешите частичный импорт.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/import_dialog.py" line="258"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт прерван; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="45"/>
        <source>Choose a client: a day&apos;s client, an event or search</source>
        <translation>Выберите клиента: из клиентов дня, из события или поиском</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="50"/>
        <source>&amp;Call</source>
        <translation>&amp;Позвонить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="51"/>
        <source>&amp;New event</source>
        <translation>&amp;Новое событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="52"/>
        <source>Client &amp;card</source>
        <translation>&amp;Карточка клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="53"/>
        <source>E&amp;vents</source>
        <translation>Со&amp;бытия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="54"/>
        <source>&amp;Price</source>
        <translation>&amp;Прайс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="55"/>
        <source>Quick quote for this client</source>
        <translation>Быстрое КП для этого клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="63"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="71"/>
        <source>Client since</source>
        <translation>Клиент с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="72"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="73"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="74"/>
        <source>Total sales</source>
        <translation>Сумма продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="75"/>
        <source>Debt</source>
        <translation>Долг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="87"/>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="114"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="89"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="90"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="91"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="92"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="93"/>
        <source>Local time</source>
        <translation>Местное время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="94"/>
        <source>Time zone unknown</source>
        <translation>Часовой пояс неизвестен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="100"/>
        <source>All types</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="105"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="106"/>
        <source>Last year</source>
        <translation>Последний год</translation>
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
        <translation>Содержание</translation>
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
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="139"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="140"/>
        <source>Finance</source>
        <translation>Финансы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="160"/>
        <source>The earlier of the first deal and the first document; without either, the day the client was added.</source>
        <translation>Более ранняя из дат первой сделки и первого документа; если их нет — день добавления клиента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="162"/>
        <source>Every deal with the client: open, won and lost. Every sale belongs to a deal.</source>
        <translation>Все сделки с клиентом: открытые, выигранные и проигранные. Каждая продажа относится к сделке.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="164"/>
        <source>Total sales divided by the number of sales (invoices paid in full); a dash while there is none.</source>
        <translation>Сумма продаж, делённая на их число (полностью оплаченные счета); прочерк, пока продаж нет.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="166"/>
        <source>The sum of the client&apos;s sales: invoices paid in full, in the client&apos;s currency.</source>
        <translation>Сумма продаж клиента: полностью оплаченные счета, в валюте клиента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/client_panel.py" line="168"/>
        <source>Issued invoices (neither drafts nor cancelled) minus every payment received, in the client&apos;s currency; negative is an advance.</source>
        <translation>Выставленные счета (кроме черновиков и отменённых) за вычетом всех полученных оплат, в валюте клиента; отрицательное значение — аванс.</translation>
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
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="166"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="167"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="168"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="169"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="170"/>
        <source>Custom field</source>
        <translation>Доп. поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="175"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="178"/>
        <source>Save as segment…</source>
        <translation>Сохранить как сегмент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="203"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Новый партнёр…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="205"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="206"/>
        <source>&amp;Merge two…</source>
        <translation>&amp;Объединить двух…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="208"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="210"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="226"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="257"/>
        <source>Status: all</source>
        <translation>Статус: все</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="271"/>
        <source>Tag: all</source>
        <translation>Тег: все</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="273"/>
        <source>Responsible: all</source>
        <translation>Ответственный: все</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="274"/>
        <source>Region: all</source>
        <translation>Регион: все</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="292"/>
        <source>(all)</source>
        <translation>(все)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="275"/>
        <source>(custom field)</source>
        <translation>(доп. поле)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="280"/>
        <source>(no segment)</source>
        <translation>(без сегмента)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="311"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="336"/>
        <source>Save as segment</source>
        <translation>Сохранить как сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="336"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="349"/>
        <source>{0} clients</source>
        <translation>Клиентов: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="398"/>
        <source>Select exactly two clients to merge</source>
        <translation>Выберите ровно двух клиентов для объединения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="412"/>
        <source>Export clients</source>
        <translation>Экспорт клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="413"/>
        <source>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="418"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_window.py" line="422"/>
        <source>{0} rows written to {1}</source>
        <translation>Записано строк: {0} в {1}</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="54"/>
        <source>Company settings</source>
        <translation>Настройки компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="69"/>
        <source>Legal name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="70"/>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="71"/>
        <source>Country (code)</source>
        <translation>Страна (код)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="72"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="72"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="73"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="73"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="74"/>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="75"/>
        <source>Chief accountant</source>
        <translation>Главный бухгалтер</translation>
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
        <translation>Счёт / IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="78"/>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="79"/>
        <source>Device code for numbers (offline laptops)</source>
        <translation>Код устройства для номеров (ноутбуки без сети)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="86"/>
        <source>Prices include VAT</source>
        <translation>Цены включают НДС</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="88"/>
        <source>Send documents without the last look (straight to the outbox)</source>
        <translation>Отправлять документы без просмотра (сразу в исходящие)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="92"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="100"/>
        <source>Stamp</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="101"/>
        <source>Director&apos;s signature</source>
        <translation>Подпись директора</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="102"/>
        <source>Accountant&apos;s signature</source>
        <translation>Подпись бухгалтера</translation>
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
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="110"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="134"/>
        <source>Save this template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="137"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="138"/>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="139"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="141"/>
        <source>Placeholders: </source>
        <translation>Подстановки: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="152"/>
        <source>Requisites</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="153"/>
        <source>Stamp and signatures</source>
        <translation>Печать и подписи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="154"/>
        <source>Exchange rates</source>
        <translation>Курсы валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="155"/>
        <source>E-mail templates</source>
        <translation>Шаблоны писем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="168"/>
        <source>How many {0} one unit of each currency is worth (1 USD = … {0}). Quotes for clients paying in another currency convert prices at these rates.</source>
        <translation>Сколько {0} стоит одна единица каждой валюты (1 USD = … {0}). По этим курсам пересчитываются цены в предложениях для контрагентов, которые платят в другой валюте.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="175"/>
        <source>Rate, {0}</source>
        <translation>Курс, {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="180"/>
        <source>Add a rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="183"/>
        <source>Remove the rate</source>
        <translation>Удалить курс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="229"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/company_dialog.py" line="230"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="92"/>
        <source>value (a list: a, b, c)</source>
        <translation>значение (список: a, b, c)</translation>
    </message>
</context>
<context>
    <name>ConflictBadge</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/badge.py" line="28"/>
        <source>A sync did not keep a value of this client: open the conflict inbox</source>
        <translation>Синхронизация не сохранила значение этого клиента: откройте список конфликтов</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/sync/badge.py" line="46"/>
        <source>⚠ %n open sync conflict(s)</source>
        <translation>
            <numerusform>⚠ %n открытый конфликт синхронизации</numerusform>
            <numerusform>⚠ %n открытых конфликта синхронизации</numerusform>
            <numerusform>⚠ %n открытых конфликтов синхронизации</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="56"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="57"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="66"/>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="68"/>
        <source>Values a sync did not keep. Keep theirs leaves the record as it is; Take mine writes your value back (it is sent at the next sync).</source>
        <translation>Значения, которые синхронизация не сохранила. «Оставить их» оставляет запись как есть; «Взять моё» записывает ваше значение обратно (оно отправится при следующей синхронизации).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="75"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Now (theirs)</source>
        <translation>Сейчас (их)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Lost (mine)</source>
        <translation>Потеряно (моё)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="76"/>
        <source>Kept by</source>
        <translation>Сохранил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="77"/>
        <source>Lost by</source>
        <translation>Потерял</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="84"/>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="86"/>
        <source>Take mine</source>
        <translation>Взять моё</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="104"/>
        <source>changed later elsewhere</source>
        <translation>позже изменено в другом месте</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="105"/>
        <source>deleted elsewhere</source>
        <translation>удалено в другом месте</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="106"/>
        <source>protected (issued or won)</source>
        <translation>защищено (выставлено или выиграно)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="107"/>
        <source>not allowed</source>
        <translation>не разрешено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="111"/>
        <source>Client</source>
        <translation>Клиент</translation>
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
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="113"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="113"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="114"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="115"/>
        <source>Document line</source>
        <translation>Строка документа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="116"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="116"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="117"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="117"/>
        <source>number (international)</source>
        <translation>номер (международный)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="118"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="118"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="119"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="119"/>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="120"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="120"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="121"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="121"/>
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="122"/>
        <source>price</source>
        <translation>цена</translation>
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
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="124"/>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/conflicts.py" line="124"/>
        <source>new record</source>
        <translation>новая запись</translation>
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
        <location filename="../../crm_desktop/ui/kit/labels.py" line="225"/>
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
        <location filename="../../crm_desktop/ui/kit/labels.py" line="221"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="85"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="224"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="218"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/tabs/contacts.py" line="88"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="219"/>
        <source>E-mails</source>
        <translation>Эл. почта</translation>
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
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="33"/>
        <source>Custom fields of the client card</source>
        <translation>Дополнительные поля карточки клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Label</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="38"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="39"/>
        <source>Choices (comma-separated)</source>
        <translation>Варианты (через запятую)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="43"/>
        <source>Add field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/custom_fields_dialog.py" line="46"/>
        <source>Remove field</source>
        <translation>Удалить поле</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="68"/>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="77"/>
        <source>Dashboard</source>
        <translation>Панель показателей</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="89"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="118"/>
        <source>Refreshing…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/dashboard.py" line="149"/>
        <source>Updated {0}</source>
        <translation>Обновлено {0}</translation>
    </message>
</context>
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="75"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="81"/>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="89"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="76"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="77"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="80"/>
        <source>Time</source>
        <translation>Время</translation>
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
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="109"/>
        <source>Clients of the day</source>
        <translation>Клиенты дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="110"/>
        <source>Agenda</source>
        <translation>План дня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="111"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="130"/>
        <source>Events on {0}: {1}</source>
        <translation>Событий на {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="143"/>
        <source>Overdue: {0}</source>
        <translation>Просрочено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/day_panel.py" line="147"/>
        <source>Overdue ({0})</source>
        <translation>Просрочено ({0})</translation>
    </message>
</context>
<context>
    <name>DealCardDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="91"/>
        <source>Deal: {0}</source>
        <translation>Сделка: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="102"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="128"/>
        <source>(not set)</source>
        <translation>(не задана)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="132"/>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="137"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="138"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="139"/>
        <source>C&amp;ontact</source>
        <translation>К&amp;онтакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="140"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="141"/>
        <source>&amp;Stage</source>
        <translation>&amp;Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="142"/>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="145"/>
        <source>&amp;Probability</source>
        <translation>&amp;Вероятность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="146"/>
        <source>&amp;Expected close</source>
        <translation>&amp;Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="147"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="148"/>
        <source>So&amp;urce</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="150"/>
        <source>Lost because</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="157"/>
        <source>&amp;Quote…</source>
        <translation>&amp;Предложение…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="172"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="173"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="186"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="180"/>
        <source>From {0}: net {1}, VAT {2}, total {3}</source>
        <translation>По {0}: без НДС {1}, НДС {2}, всего {3}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="184"/>
        <source>Products</source>
        <translation>Товары</translation>
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
        <translation>Предложения и счета</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="190"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="203"/>
        <source>Orders ({0})</source>
        <translation>Заказы ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="204"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="206"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="211"/>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>When</source>
        <translation>Когда</translation>
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
        <translation>События и письма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="211"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="217"/>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="222"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>To</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="224"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="225"/>
        <source>Days in previous</source>
        <translation>Дней на прежнем этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="229"/>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="244"/>
        <source>The amount is not a number</source>
        <translation>Сумма — не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/card.py" line="296"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>Перемещена в «{0}», но: {1}</translation>
    </message>
</context>
<context>
    <name>DealsBoard</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="219"/>
        <source>{0} d in stage</source>
        <translation>{0} дн. на этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="224"/>
        <source>next: {0}</source>
        <translation>далее: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="229"/>
        <source>close date passed</source>
        <translation>срок закрытия прошёл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="304"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="352"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="355"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="358"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="361"/>
        <source>Hot or cold</source>
        <translation>Горячие или холодные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="362"/>
        <source>Hot and cold</source>
        <translation>Горячие и холодные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="363"/>
        <source>Hot (≥ {0} %)</source>
        <translation>Горячие (≥ {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="364"/>
        <source>Cold (&lt; {0} %)</source>
        <translation>Холодные (&lt; {0} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="367"/>
        <source>Won and lost in</source>
        <translation>Выигранные и проигранные за</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="368"/>
        <source>Closed: 7 days</source>
        <translation>Закрытые: 7 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="368"/>
        <source>Closed: 30 days</source>
        <translation>Закрытые: 30 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="369"/>
        <source>Closed: 90 days</source>
        <translation>Закрытые: 90 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="369"/>
        <source>Closed: a year</source>
        <translation>Закрытые: год</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="374"/>
        <location filename="../../crm_desktop/ui/deals/board.py" line="375"/>
        <source>Amount from</source>
        <translation>Сумма от</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="379"/>
        <source>Client…</source>
        <translation>Клиент…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="380"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="382"/>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="385"/>
        <source>&amp;Stages…</source>
        <translation>&amp;Этапы…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="424"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="425"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="434"/>
        <source>Any source</source>
        <translation>Любой источник</translation>
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
        <translation>(+{0} без курса)</translation>
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
        <translation>этап {0}, {1} дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="596"/>
        <source>responsible {0}</source>
        <translation>ответственный {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="598"/>
        <source>next: {0} on {1}</source>
        <translation>далее: {0} {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="602"/>
        <source>overdue</source>
        <translation>просрочена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="628"/>
        <source>Open the deal card</source>
        <translation>Открыть карточку сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="629"/>
        <source>Next stage	Ctrl+Right</source>
        <translation>Следующий этап	Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="630"/>
        <source>Previous stage	Ctrl+Left</source>
        <translation>Предыдущий этап	Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="631"/>
        <source>Move to</source>
        <translation>Переместить в</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/board.py" line="664"/>
        <source>Moved to {0}, but: {1}</source>
        <translation>Перемещена в «{0}», но: {1}</translation>
    </message>
</context>
<context>
    <name>DealsListWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="39"/>
        <source>Deals — list</source>
        <translation>Сделки — список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="43"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="44"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="45"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="46"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="48"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="50"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="51"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="53"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="54"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="67"/>
        <source>&amp;Export…</source>
        <translation>&amp;Выгрузить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="99"/>
        <source>{0} deals</source>
        <translation>Сделок: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="100"/>
        <source>The first {0} deals (the export writes all)</source>
        <translation>Первые {0} сделок (выгрузка пишет все)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="110"/>
        <source>Export deals</source>
        <translation>Выгрузить сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="111"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/list_window.py" line="125"/>
        <source>{0} deals written to {1}</source>
        <translation>Сделок записано в {1}: {0}</translation>
    </message>
</context>
<context>
    <name>DeskClaims</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="53"/>
        <source>New &amp;claim…</source>
        <translation>Новая &amp;претензия…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="65"/>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="84"/>
        <source>Claims</source>
        <translation>Претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/desk_part.py" line="84"/>
        <source>Claims ({0})</source>
        <translation>Претензии ({0})</translation>
    </message>
</context>
<context>
    <name>DeskOrders</name>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="76"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="81"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="82"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="83"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="84"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="96"/>
        <source>Overdue orders</source>
        <translation>Просроченные заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="102"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="103"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="104"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="106"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="109"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="126"/>
        <source>Deals and orders</source>
        <translation>Сделки и заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="156"/>
        <source>Overdue orders: {0}</source>
        <translation>Просрочено заказов: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="160"/>
        <source>Orders ({0})</source>
        <translation>Заказы ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/desk_parts.py" line="185"/>
        <source>Deals and orders ({0}/{1})</source>
        <translation>Сделки и заказы ({0}/{1})</translation>
    </message>
</context>
<context>
    <name>DeskWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="191"/>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="195"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="192"/>
        <source>This contact person has no phone number.</source>
        <translation>У этого контактного лица нет телефона.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/desk.py" line="196"/>
        <source>No program on this computer makes calls for {0} links. Install a softphone or choose another link type in the settings.</source>
        <translation>На этом компьютере нет программы для звонков по ссылкам {0}. Установите софтфон или выберите другой тип ссылок в настройках.</translation>
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
        <translation>Строк: {0}</translation>
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
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="123"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="125"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/drill.py" line="126"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>DryRunDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="740"/>
        <source>Dry run: {rule}</source>
        <translation>Пробный запуск: {rule}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="743"/>
        <source>{matched} of the {checked} records checked would match. Nothing was changed.</source>
        <translation>Из проверенных записей ({checked}) подошли бы: {matched}. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="750"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="750"/>
        <source>What would happen</source>
        <translation>Что произошло бы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="761"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="57"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="62"/>
        <source>These clients look like the one you are saving. Open the existing one, or save anyway (your decision is recorded).</source>
        <translation>Эти клиенты похожи на сохраняемого. Откройте существующего или сохраните всё равно (решение будет записано).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="70"/>
        <source>Open existing</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="73"/>
        <source>Save anyway</source>
        <translation>Сохранить всё равно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="75"/>
        <source>Back to the card</source>
        <translation>Вернуться к карточке</translation>
    </message>
</context>
<context>
    <name>EmailComposerDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="42"/>
        <source>E-mail — {0}</source>
        <translation>Письмо — {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="43"/>
        <source> (draft)</source>
        <translation> (черновик)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="51"/>
        <source>Add a contact&apos;s address…</source>
        <translation>Добавить адрес контакта…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="64"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="68"/>
        <source>Attachment: {0} ({1} KB)</source>
        <translation>Вложение: {0} ({1} КБ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="73"/>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="76"/>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="84"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/composer.py" line="85"/>
        <source>Cc</source>
        <translation>Копия</translation>
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
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="66"/>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="89"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="103"/>
        <source>(inactive user)</source>
        <translation>(неактивный пользователь)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="117"/>
        <source>No client (a task of your own)</source>
        <translation>Без клиента (ваша собственная задача)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="119"/>
        <source>Client</source>
        <translation>Клиент</translation>
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
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="124"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="125"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="126"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="127"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="128"/>
        <source>Content</source>
        <translation>Содержание</translation>
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
        <translation>&amp;Завершить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="141"/>
        <source>Cancel &amp;event</source>
        <translation>Отменить &amp;событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="149"/>
        <source>Save the event first</source>
        <translation>Сначала сохраните событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="150"/>
        <source>Only a planned event</source>
        <translation>Только запланированное событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="157"/>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="159"/>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="161"/>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="162"/>
        <source>{0} min before</source>
        <translation>За {0} мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="198"/>
        <source>Complete the event</source>
        <translation>Завершение события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="204"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="205"/>
        <source>Plan the next step with this client?</source>
        <translation>Запланировать следующий шаг с этим клиентом?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/event_dialog.py" line="238"/>
        <source>Cancel the event</source>
        <translation>Отмена события</translation>
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
        <translation>Сумма</translation>
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
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="34"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="41"/>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="47"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="46"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="48"/>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="60"/>
        <source>Invoices for payment</source>
        <translation>Счета на оплату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="61"/>
        <source>Sales (shipments)</source>
        <translation>Продажи (отгрузки)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="62"/>
        <source>Payments received</source>
        <translation>Поступления оплат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="72"/>
        <source>Register &amp;payment…</source>
        <translation>Зарегистрировать &amp;оплату…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="79"/>
        <source>New &amp;claim on the invoice…</source>
        <translation>Новая &amp;претензия по счёту…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="105"/>
        <source>Invoiced: {0}</source>
        <translation>Выставлено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="107"/>
        <source>overdue invoices: {0}</source>
        <translation>просроченных счетов: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/finance.py" line="109"/>
        <source>Shipped: {0}</source>
        <translation>Отгружено: {0}</translation>
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
        <translation>Добро пожаловать в CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="51"/>
        <source>This database is empty. Try the program on realistic demo data, or start with your own company.</source>
        <translation>База данных пуста. Попробуйте программу на демонстрационных данных или начните работу со своей компанией.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="55"/>
        <source>Create demo data</source>
        <translation>Создать демо-данные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="58"/>
        <source>Start with my company…</source>
        <translation>Начать со своей компанией…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="86"/>
        <source>Company name</source>
        <translation>Название компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="87"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="88"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="89"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/first_run.py" line="92"/>
        <source>Start</source>
        <translation>Начать</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="28"/>
        <source>Search clients, contacts, phones, e-mails, tax IDs, cities (Ctrl+K)</source>
        <translation>Поиск клиентов, контактов, телефонов, e-mail, ИНН/БИН, городов (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="88"/>
        <source>tax ID {0}</source>
        <translation>налоговый номер {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/search.py" line="103"/>
        <source>Nothing found for “{0}”</source>
        <translation>По запросу «{0}» ничего не найдено</translation>
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
        <translation>&amp;Резервная копия сейчас</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="85"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="97"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Outbox</source>
        <translation>&amp;Исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="102"/>
        <source>Product &amp;catalogue</source>
        <translation>&amp;Каталог товаров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112"/>
        <source>&amp;Deals board</source>
        <translation>&amp;Доска сделок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="122"/>
        <source>C&amp;laims</source>
        <translation>&amp;Претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="126"/>
        <source>Dash&amp;board</source>
        <translation>Па&amp;нель показателей</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="139"/>
        <source>C&amp;lients</source>
        <translation>К&amp;лиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="140"/>
        <source>&amp;New partner…</source>
        <translation>&amp;Новый партнёр…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Import clients…</source>
        <translation>&amp;Импорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="150"/>
        <source>&amp;Export clients…</source>
        <translation>&amp;Экспорт клиентов…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="154"/>
        <source>Mass &amp;mailing…</source>
        <translation>&amp;Массовая рассылка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="158"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="160"/>
        <source>Custom &amp;fields…</source>
        <translation>&amp;Дополнительные поля…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="164"/>
        <source>&amp;Automation rules…</source>
        <translation>П&amp;равила автоматизации…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="168"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="177"/>
        <source>&amp;Company…</source>
        <translation>&amp;Компания…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="182"/>
        <source>&amp;Mail server…</source>
        <translation>&amp;Почтовый сервер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="187"/>
        <source>&amp;Telephony links</source>
        <translation>&amp;Ссылки для звонков</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="190"/>
        <source>tel: (system default)</source>
        <translation>tel: (по умолчанию в системе)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="191"/>
        <source>sip: (SIP softphone)</source>
        <translation>sip: (SIP-софтфон)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="192"/>
        <source>callto: (Skype and others)</source>
        <translation>callto: (Skype и другие)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="200"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="201"/>
        <source>&amp;About CRM Desktop</source>
        <translation>&amp;О программе CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="206"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="209"/>
        <source>User: {0}</source>
        <translation>Пользователь: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="215"/>
        <source>Read-only: nothing can be saved</source>
        <translation>Только чтение: сохранить ничего нельзя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="219"/>
        <source>The database is on a read-only disk or the file is not writable. You can look everything up; copy the file to a writable folder to work in it.</source>
        <translation>База данных находится на диске только для чтения, или файл недоступен для записи. Просматривать можно всё; чтобы работать, скопируйте файл в папку с правом записи.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="236"/>
        <source>Outbox: {0}</source>
        <translation>Исходящие: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="238"/>
        <source>not delivered: {0}</source>
        <translation>не доставлено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="241"/>
        <source>Mail that failed, was partly sent or may not have reached the server: View → Outbox</source>
        <translation>Письма, которые не ушли, ушли не всем или могли не дойти до сервера: Вид → Исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="254"/>
        <source>Messages not delivered as they should: {0}. The outbox shows why; nothing is sent again without you.</source>
        <translation>Письма, не доставленные как следует: {0}. В исходящих видно почему; без вас ничего не отправляется повторно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="258"/>
        <source>Mail not delivered</source>
        <translation>Письма не доставлены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="261"/>
        <source>Open the &amp;outbox</source>
        <translation>Открыть &amp;исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="264"/>
        <source>Mail server &amp;settings…</source>
        <translation>&amp;Настройки почтового сервера…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="384"/>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="387"/>
        <source>Backup saved to {0}</source>
        <translation>Резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="398"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="402"/>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="399"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Резервные копии (*.sqlite3);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="403"/>
        <source>Replace everything in {0} with the backup {1}? The current content is backed up first.</source>
        <translation>Заменить всё содержимое {0} резервной копией {1}? Текущее содержимое сначала будет сохранено в копию.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="419"/>
        <source>Restored from {0}; the previous content is in {1}</source>
        <translation>Восстановлено из {0}; прежнее содержимое сохранено в {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/main_window.py" line="454"/>
        <source>Automation: %n date rule run(s) done</source>
        <translation>
            <numerusform>Автоматизация: выполнен %n запуск правил по датам</numerusform>
            <numerusform>Автоматизация: выполнено %n запуска правил по датам</numerusform>
            <numerusform>Автоматизация: выполнено %n запусков правил по датам</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="463"/>
        <source>The search index could not be built: {0}</source>
        <translation>Не удалось построить поисковый индекс: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="470"/>
        <source>Daily backup saved to {0}</source>
        <translation>Ежедневная резервная копия сохранена: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="476"/>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="477"/>
        <source>The database {0} is damaged ({1}). Keep working only to look things up, and restore the latest backup: File → Restore from backup….</source>
        <translation>База данных {0} повреждена ({1}). Работайте с ней только для просмотра и восстановите последнюю резервную копию: Файл → Восстановить из резервной копии….</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="487"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="488"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="491"/>
        <source>About CRM Desktop</source>
        <translation>О программе CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="492"/>
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
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="77"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="179"/>
        <source>Merge two clients</source>
        <translation>Объединение двух клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="82"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="83"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="84"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="85"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="86"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="86"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="87"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="88"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="88"/>
        <source>KPP (Russia)</source>
        <translation>КПП (Россия)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="89"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="89"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="64"/>
        <source>One of the clients no longer exists</source>
        <translation>Одного из клиентов больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="92"/>
        <source>&lt;b&gt;Keep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Оставить&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="109"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="160"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="117"/>
        <source>Contacts, events, deals, documents, payments and attachments of both move to the client you keep. The other is kept as merged, so later imports meet the survivor.</source>
        <translation>Контакты, события, сделки, документы, платежи и вложения обоих переходят к оставленному клиенту. Второй сохраняется как объединённый, и последующие импорты находят оставленного.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="130"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="146"/>
        <source>Different tax IDs: {0} and {1}. These may be two different companies.</source>
        <translation>Разные налоговые номера: {0} и {1}. Возможно, это две разные компании.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="149"/>
        <source>Different legal forms: {0} and {1}.</source>
        <translation>Разные организационно-правовые формы: {0} и {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="152"/>
        <source>{0} brings {1} deals, {2} documents, {3} events.</source>
        <translation>{0} приносит сделок: {1}, документов: {2}, событий: {3}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="167"/>
        <source>Merge {0} into {1}? This cannot be undone from here.</source>
        <translation>Объединить {0} с {1}? Отменить это здесь нельзя.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="38"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="46"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="47"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="48"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
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
        <translation>Найдите клиента…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="107"/>
        <source>(not set)</source>
        <translation>(не задан)</translation>
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
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="116"/>
        <source>C&amp;ontact</source>
        <translation>&amp;Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="117"/>
        <source>&amp;Due date</source>
        <translation>&amp;Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="118"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="119"/>
        <source>Co&amp;mment</source>
        <translation>Ко&amp;мментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="125"/>
        <source>E-mail the client about the new status</source>
        <translation>Сообщить клиенту о новом статусе по e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="135"/>
        <source>&amp;Lines</source>
        <translation>&amp;Строки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="137"/>
        <source>Shipped on</source>
        <translation>Дата отгрузки</translation>
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
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="140"/>
        <source>Record &amp;shipment of what is left</source>
        <translation>&amp;Отгрузить остаток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="145"/>
        <source>S&amp;hipments</source>
        <translation>О&amp;тгрузки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>From</source>
        <translation>Из</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>To</source>
        <translation>В</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="147"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="148"/>
        <source>Histor&amp;y</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="153"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="157"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="159"/>
        <source>New c&amp;laim…</source>
        <translation>Новая п&amp;ретензия…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="180"/>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="181"/>
        <source>(given when saved)</source>
        <translation>(будет присвоен при сохранении)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="205"/>
        <source>Add a product from the catalogue: code or name…</source>
        <translation>Добавить товар из каталога: код или название…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="206"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="215"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>Discount, %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="216"/>
        <source>VAT, %</source>
        <translation>НДС, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="234"/>
        <source>Order {0}</source>
        <translation>Заказ {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="235"/>
        <source>{0} of {1}</source>
        <translation>{0} от {1}</translation>
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
        <translation>просрочен с {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="315"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="421"/>
        <source>Total {0}, VAT {1}</source>
        <translation>Итого {0}, НДС {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/order_dialog.py" line="427"/>
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
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="134"/>
        <source>(any)</source>
        <translation>(любая)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/orders/list_window.py" line="168"/>
        <source>{0} orders, {1} overdue</source>
        <translation>Заказов: {0}, просрочено: {1}</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="35"/>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="38"/>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Queued</source>
        <translation>В очереди</translation>
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
        <translation>Попыток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="45"/>
        <source>Server&apos;s answer</source>
        <translation>Ответ сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="49"/>
        <source>Show sent mail</source>
        <translation>Показать отправленные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="54"/>
        <source>Open &amp;draft…</source>
        <translation>Открыть &amp;черновик…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="55"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="56"/>
        <source>&amp;Cancel message</source>
        <translation>&amp;Отменить письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="57"/>
        <source>Open in mail &amp;client</source>
        <translation>Открыть в &amp;почтовой программе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="73"/>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="74"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="75"/>
        <source>Will retry</source>
        <translation>Повторится</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="76"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="77"/>
        <source>Interrupted: check before resending</source>
        <translation>Прервано: проверьте перед повторной отправкой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="78"/>
        <source>Partly sent: some addresses refused</source>
        <translation>Отправлено частично: часть адресов отклонена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="79"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/outbox_window.py" line="80"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="35"/>
        <source>Payment for {0}</source>
        <translation>Оплата по {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="48"/>
        <source>Outstanding</source>
        <translation>К оплате осталось</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="49"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="50"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="51"/>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/payment_dialog.py" line="52"/>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="42"/>
        <source>Sales plan</source>
        <translation>План продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="48"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="55"/>
        <source>Currency: {0}</source>
        <translation>Валюта: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="109"/>
        <source>{0}, month {1}: {2}</source>
        <translation>{0}, месяц {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/plan_dialog.py" line="110"/>
        <source>not an amount</source>
        <translation>не сумма</translation>
    </message>
</context>
<context>
    <name>PriceImportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="46"/>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="112"/>
        <source>Import prices and stock</source>
        <translation>Импорт цен и остатков</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Product code</source>
        <translation>Код товара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="53"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Minimum price</source>
        <translation>Минимальная цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="54"/>
        <source>Stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="55"/>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="56"/>
        <source>Price: {0}</source>
        <translation>Цена: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="58"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="60"/>
        <source>CSV or XLSX from the accounting system</source>
        <translation>CSV или XLSX из учётной системы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="76"/>
        <source>— from the file —</source>
        <translation>— из файла —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="79"/>
        <source>Stock goes to</source>
        <translation>Остатки — на склад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="80"/>
        <source>Import the good rows even if some have problems</source>
        <translation>Импортировать верные строки, даже если в других есть ошибки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="82"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="89"/>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="113"/>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>Таблицы (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="130"/>
        <source>{0}: {1} rows</source>
        <translation>{0}: строк — {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="142"/>
        <source>— not in the file —</source>
        <translation>— нет в файле —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/import_dialog.py" line="176"/>
        <source>Imported: {0} products updated, {1} stock levels set.</source>
        <translation>Импортировано: обновлено товаров — {0}, остатков — {1}.</translation>
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
        <translation>Новый товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="91"/>
        <source>Active (offered in quotes)</source>
        <translation>Активен (предлагается в КП)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="95"/>
        <source>Price type</source>
        <translation>Тип цены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="95"/>
        <source>Price</source>
        <translation>Цена</translation>
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
        <translation>Остаток</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="115"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="123"/>
        <source>Choose photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="131"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="132"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="133"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="134"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="135"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="136"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="206"/>
        <source>Recommended price</source>
        <translation>Рекомендуемая цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="137"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="207"/>
        <source>Minimum price</source>
        <translation>Минимальная цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="138"/>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="208"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/product_dialog.py" line="140"/>
        <source>Prices by type</source>
        <translation>Цены по типам</translation>
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
        <translation>Изображения (*.png *.jpg *.jpeg *.webp)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="35"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="36"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="37"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="38"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="39"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="40"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="53"/>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="54"/>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
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
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="16"/>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="17"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="19"/>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="20"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="21"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="22"/>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="23"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="24"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="25"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="26"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="27"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="28"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="29"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="30"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="31"/>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="44"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="45"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="46"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="47"/>
        <source>Copy &amp;Link Location</source>
        <translation>Копировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="49"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/qt_words.py" line="50"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
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
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="202"/>
        <source>Total stock</source>
        <translation>Всего на складах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="203"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="205"/>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="215"/>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="418"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
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
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="246"/>
        <source>Price paid</source>
        <translation>Цена продажи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="275"/>
        <source>Save &amp;draft</source>
        <translation>Сохранить &amp;черновик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="277"/>
        <source>Send &amp;quote</source>
        <translation>Отправить &amp;КП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="279"/>
        <source>&amp;Sell: send invoice</source>
        <translation>&amp;Продать: отправить счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="122"/>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="321"/>
        <source>The new terms apply from the next quote; this one keeps its prices.</source>
        <translation>Новые условия действуют со следующего КП; в этом цены остаются прежними.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="334"/>
        <source>Price type: {0} · discount {1} % · {2} · payment in {3} days</source>
        <translation>Тип цены: {0} · скидка {1} % · {2} · оплата за {3} дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="429"/>
        <source>Past deals of the client ({0})</source>
        <translation>Прошлые сделки клиента ({0})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="435"/>
        <source>Past deals of the client: {0} ({1})</source>
        <translation>Прошлые сделки клиента: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="436"/>
        <source>No past deals for {0}</source>
        <translation>Нет прошлых сделок по {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="452"/>
        <source>That deal was in {0}; this quote is in {1}.</source>
        <translation>Та сделка была в {0}; это предложение — в {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="457"/>
        <source>{0} is no longer in the catalogue.</source>
        <translation>{0} больше нет в каталоге.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="474"/>
        <source>{0}: only {1} in stock.</source>
        <translation>{0}: на складе только {1}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="483"/>
        <source>Net: {0}</source>
        <translation>Без НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="486"/>
        <source>VAT: {0}</source>
        <translation>НДС: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="488"/>
        <source>Total: {0}</source>
        <translation>Итого: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="493"/>
        <source>Quick quote</source>
        <translation>Быстрое КП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="501"/>
        <source>Price below the minimum</source>
        <translation>Цена ниже минимальной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quote/quick_quote.py" line="502"/>
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
    <name>ReasonsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="36"/>
        <source>Claim reasons</source>
        <translation>Причины претензий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="46"/>
        <source>Only the head of sales or the admin edits this list.</source>
        <translation>Этот список изменяет только руководитель отдела продаж или администратор.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="51"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="51"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="57"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="60"/>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="63"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/reasons_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>RegistrationAssistant</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="66"/>
        <source>New partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="87"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="88"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="89"/>
        <source>Tax ID</source>
        <translation>ИНН/БИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="90"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="91"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="92"/>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="93"/>
        <source>Type the name, tax ID, phone or e-mail.</source>
        <translation>Введите название, налоговый номер, телефон или e-mail.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="98"/>
        <source>Open existing</source>
        <translation>Открыть существующего</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="102"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="106"/>
        <source>Full card…</source>
        <translation>Полная карточка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="150"/>
        <source>Already known? {0} similar client(s) below.</source>
        <translation>Уже есть? Похожих клиентов ниже: {0}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="153"/>
        <source>No similar client found.</source>
        <translation>Похожих клиентов не найдено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="174"/>
        <source>Possible duplicate</source>
        <translation>Возможный дубль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/assistant.py" line="175"/>
        <source>{0} looks like a client we already have. Create anyway? Your decision is recorded.</source>
        <translation>{0} похож на уже существующего клиента. Создать всё равно? Решение будет записано.</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="43"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="46"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="47"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="48"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="53"/>
        <source>&amp;Snooze 10 min</source>
        <translation>&amp;Отложить на 10 мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="55"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="57"/>
        <source>&amp;Done</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="59"/>
        <source>D&amp;ismiss</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="61"/>
        <source>Select &amp;all</source>
        <translation>Выбрать &amp;все</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="83"/>
        <source>{0} reminders</source>
        <translation>Напоминаний: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="85"/>
        <source>{0} missed while the program was closed</source>
        <translation>Пропущено, пока программа была закрыта: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderWatcher</name>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="134"/>
        <source>CRM Desktop reminder</source>
        <translation>Напоминание CRM Desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/desk/reminders.py" line="137"/>
        <source>{0} reminders</source>
        <translation>Напоминаний: {0}</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="158"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="293"/>
        <source>&amp;Run</source>
        <translation>&amp;Сформировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="296"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="311"/>
        <source>Sales &amp;plan…</source>
        <translation>&amp;План продаж…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="316"/>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="316"/>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="317"/>
        <source>Chart as P&amp;NG…</source>
        <translation>Диаграмма в P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="331"/>
        <source>Team: {0}</source>
        <translation>Команда: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="337"/>
        <source>Category: {0}</source>
        <translation>Категория: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="432"/>
        <source>Running…</source>
        <translation>Формирование…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="455"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="468"/>
        <source>{0} rows</source>
        <translation>Строк: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="533"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="534"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="534"/>
        <source>Images (*.png)</source>
        <translation>Изображения (*.png)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="536"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/window.py" line="561"/>
        <source>Saved to {0}</source>
        <translation>Сохранено в {0}</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="86"/>
        <source>Reject the claim</source>
        <translation>Отклонить претензию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="87"/>
        <source>Resolve the claim</source>
        <translation>Решить претензию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="91"/>
        <source>(choose)</source>
        <translation>(выберите)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="97"/>
        <source>(not asked)</source>
        <translation>(не спрашивали)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="98"/>
        <source>1 — not at all satisfied … 5 — fully satisfied</source>
        <translation>1 — совсем не удовлетворён … 5 — полностью удовлетворён</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="102"/>
        <source>&amp;Result</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="103"/>
        <source>&amp;Satisfaction (1-5)</source>
        <translation>&amp;Удовлетворённость (1-5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="104"/>
        <source>Why it is &amp;rejected</source>
        <translation>Причина &amp;отклонения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/card.py" line="104"/>
        <source>What was &amp;done</source>
        <translation>Что было с&amp;делано</translation>
    </message>
</context>
<context>
    <name>RulesEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="350"/>
        <source>Automation rules</source>
        <translation>Правила автоматизации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="366"/>
        <source>Only the head of sales or the admin changes rules: you can look and try a dry run.</source>
        <translation>Правила изменяет только руководитель отдела продаж или администратор: вы можете смотреть их и делать пробный запуск.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="381"/>
        <source>&amp;New</source>
        <translation>&amp;Новое</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="384"/>
        <source>From a &amp;template</source>
        <translation>Из &amp;шаблона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="387"/>
        <source>Reactivation (no purchase for N days)</source>
        <translation>Реактивация (нет покупок N дней)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="391"/>
        <source>Lead distribution (round-robin)</source>
        <translation>Распределение лидов (по кругу)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="395"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="402"/>
        <source>E&amp;xport…</source>
        <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="405"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="408"/>
        <source>Run &amp;log…</source>
        <translation>&amp;Журнал запусков…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="424"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="425"/>
        <source>Switched on (off until the dry run looks right)</source>
        <translation>Включено (выключено, пока пробный запуск не покажет верный результат)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="431"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="435"/>
        <source>If</source>
        <translation>Если</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="442"/>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="547"/>
        <source>to (any value if empty)</source>
        <translation>на (любое значение, если пусто)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="446"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="456"/>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="457"/>
        <source>all of these hold</source>
        <translation>выполняются все условия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="458"/>
        <source>any of these holds</source>
        <translation>выполняется любое условие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="461"/>
        <source>Add a &amp;condition</source>
        <translation>Добавить &amp;условие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="470"/>
        <source>Then</source>
        <translation>То</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="475"/>
        <source>Add an &amp;action</source>
        <translation>Добавить &amp;действие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="493"/>
        <source>&amp;Dry run: what would happen?</source>
        <translation>&amp;Пробный запуск: что произойдёт?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="496"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="546"/>
        <source>stage name</source>
        <translation>название этапа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="549"/>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="698"/>
        <source>Export rules</source>
        <translation>Экспорт правил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="704"/>
        <source>Import rules</source>
        <translation>Импорт правил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/editor.py" line="713"/>
        <source>(new rule)</source>
        <translation>(новое правило)</translation>
    </message>
</context>
<context>
    <name>RunLogWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="48"/>
        <source>Automation: run log</source>
        <translation>Автоматизация: журнал запусков</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="59"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="62"/>
        <source>every run</source>
        <translation>все запуски</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="62"/>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="159"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="63"/>
        <source>errors</source>
        <translation>ошибки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="63"/>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="160"/>
        <source>stopped</source>
        <translation>прервано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="70"/>
        <source>Show &amp;all runs</source>
        <translation>Показать &amp;все запуски</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="79"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="87"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="88"/>
        <source>What it did, or why not</source>
        <translation>Что сделано или почему нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="94"/>
        <source>Double-click a run: why did this happen to its record?</source>
        <translation>Двойной щелчок по запуску: почему это произошло с записью?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="97"/>
        <source>Runs</source>
        <translation>Запуски</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="102"/>
        <source>Leads and deals the rules assigned since</source>
        <translation>Лиды и сделки, назначенные правилами, с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="111"/>
        <source>Save who is &amp;away</source>
        <translation>Сохранить, кто &amp;отсутствует</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Away (skipped)</source>
        <translation>Отсутствует (пропускается)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="120"/>
        <source>Assigned by rules</source>
        <translation>Назначено правилами</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="121"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="121"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="127"/>
        <source>Distribution per manager</source>
        <translation>Распределение по менеджерам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="144"/>
        <source>Why: {record}</source>
        <translation>Почему: {record}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="159"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/log_window.py" line="176"/>
        <source>{count} runs</source>
        <translation>Запусков: {count}</translation>
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
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="29"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="130"/>
        <source>Mail server</source>
        <translation>Почтовый сервер</translation>
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
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="47"/>
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
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="79"/>
        <source>Without encryption the password and the mail travel in clear text.</source>
        <translation>Без шифрования пароль и письма передаются открытым текстом.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="88"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="94"/>
        <source>Sent to {0}.</source>
        <translation>Отправлено на {0}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="95"/>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="100"/>
        <source>Not sent: {0}</source>
        <translation>Не отправлено: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="131"/>
        <source>There is no secure keychain on this computer (only {0}, which would keep the password readable in a file), so the password cannot be stored.

Use it for this session only? It is asked again after the next start. To store it, install a keychain service (GNOME Keyring or KWallet) and save it again.</source>
        <translation>На этом компьютере нет надёжного хранилища паролей (есть только {0}, где пароль лежал бы в файле в читаемом виде), поэтому пароль нельзя сохранить.

Использовать его только в этом сеансе? После следующего запуска его спросят снова. Чтобы сохранить пароль, установите службу хранения паролей (GNOME Keyring или KWallet) и сохраните его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mail/smtp_dialog.py" line="137"/>
        <source>Use for this &amp;session only</source>
        <translation>Только для этого &amp;сеанса</translation>
    </message>
</context>
<context>
    <name>StageEditorDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="44"/>
        <source>Pipelines and stages</source>
        <translation>Воронки и этапы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="49"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="149"/>
        <source>New pipeline</source>
        <translation>Новая воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="50"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="152"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="51"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="153"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="52"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="154"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="77"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <source>Probability, %</source>
        <translation>Вероятность, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="64"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="65"/>
        <source>Required to enter (comma-separated)</source>
        <translation>Обязательно для входа (через запятую)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="66"/>
        <source>Allowed next stages (comma-separated)</source>
        <translation>Допустимые следующие этапы (через запятую)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="70"/>
        <source>Stage names a deal may move to from this one. Empty: a strict pipeline allows the next stage and the outcomes, a manual one any stage.</source>
        <translation>Названия этапов, на которые сделка может перейти с этого. Если пусто: строгая воронка допускает следующий этап и исходы, ручная — любой этап.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="76"/>
        <source>&amp;Add stage</source>
        <translation>&amp;Добавить этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="78"/>
        <source>&amp;Remove stage</source>
        <translation>&amp;Удалить этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="80"/>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="82"/>
        <source>Move &amp;down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="84"/>
        <source>&amp;New pipeline…</source>
        <translation>&amp;Новая воронка…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="102"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="103"/>
        <source>&amp;Mode</source>
        <translation>&amp;Режим</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="108"/>
        <source>Fields a stage can require: {0}</source>
        <translation>Поля, которые этап может требовать: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/deals/stage_editor.py" line="109"/>
        <source>Loss reasons, one a line:</source>
        <translation>Причины проигрыша, по одной в строке:</translation>
    </message>
</context>
<context>
    <name>SyncControls</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="54"/>
        <source>Receiving %p%</source>
        <translation>Получение %p%</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="59"/>
        <source>S&amp;ync</source>
        <translation>Син&amp;хронизация</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="61"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="64"/>
        <source>Conflicts…</source>
        <translation>Конфликты…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="83"/>
        <source>Offline — {0} waiting</source>
        <translation>Нет связи — ожидают: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="85"/>
        <source>Not synced yet — {0} waiting</source>
        <translation>Ещё не синхронизировано — ожидают: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="87"/>
        <source>Synced at {0}, {1} waiting</source>
        <translation>Синхронизировано в {0}, ожидают: {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="90"/>
        <source> · {0} conflicts</source>
        <translation> · конфликтов: {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="92"/>
        <source>{0} as {1}</source>
        <translation>{0} как {1}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="99"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/status.py" line="109"/>
        <source>the team server does not answer</source>
        <translation>сервер команды не отвечает</translation>
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
        <location filename="../../crm_desktop/ui/team/users_window.py" line="65"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="68"/>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="75"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="76"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="77"/>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="78"/>
        <source>Reset password…</source>
        <translation>Сменить пароль…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="79"/>
        <source>Change role…</source>
        <translation>Сменить роль…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="121"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="121"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="152"/>
        <source>Reset password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="153"/>
        <source>New password for {0}:</source>
        <translation>Новый пароль для {0}:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="163"/>
        <source>Change role</source>
        <translation>Смена роли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/team/users_window.py" line="164"/>
        <source>Role of {0}:</source>
        <translation>Роль пользователя {0}:</translation>
    </message>
</context>
<context>
    <name>WarehousesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="80"/>
        <source>Warehouses</source>
        <translation>Склады</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="85"/>
        <source>Main</source>
        <translation>Основной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="86"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/catalogue/window.py" line="90"/>
        <source>&amp;Add warehouse</source>
        <translation>&amp;Добавить склад</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="71"/>
        <source> (process {0} on {1})</source>
        <translation> (процесс {0} на {1})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="73"/>
        <source>The database {0} is already open in CRM Desktop{1}. Switch to that window, or close it and start again.</source>
        <translation>База данных {0} уже открыта в CRM Desktop{1}. Перейдите в то окно или закройте его и запустите программу снова.</translation>
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
        <translation>База данных {0} находится в сетевой папке. Блокировки SQLite по SMB ненадёжны, и совместная работа может повредить файл. Для команды используйте сервер PostgreSQL (crm-desktop --db postgresql+psycopg://…).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="112"/>
        <source>If the file is damaged, restore the latest backup: crm-desktop db restore BACKUP-FILE (backups are in the backups folder beside the database).</source>
        <translation>Если файл повреждён, восстановите последнюю резервную копию: crm-desktop db restore ФАЙЛ-КОПИИ (копии лежат в папке backups рядом с базой данных).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="131"/>
        <source>The database has no active user.</source>
        <translation>В базе данных нет активного пользователя.</translation>
    </message>
</context>
<context>
    <name>automation</name>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="22"/>
        <source>a client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="23"/>
        <source>a deal</source>
        <translation>сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="24"/>
        <source>an order</source>
        <translation>заказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="25"/>
        <source>a claim</source>
        <translation>претензия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="26"/>
        <source>an invoice</source>
        <translation>счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="27"/>
        <source>an event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="33"/>
        <source>is created</source>
        <translation>создаётся</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="34"/>
        <source>has a field changed</source>
        <translation>меняет значение поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="35"/>
        <source>enters the stage</source>
        <translation>переходит на этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="36"/>
        <source>reaches a date</source>
        <translation>достигает даты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="37"/>
        <source>has had no activity for</source>
        <translation>без активности уже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="38"/>
        <source>has bought nothing (no paid invoice) for</source>
        <translation>ничего не покупает (нет оплаченных счетов) уже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="39"/>
        <source>is picked by hand</source>
        <translation>выбирается вручную</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="45"/>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="46"/>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="47"/>
        <source>is one of</source>
        <translation>одно из</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="48"/>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="49"/>
        <source>is more than</source>
        <translation>больше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="50"/>
        <source>is less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="51"/>
        <source>changed to</source>
        <translation>изменилось на</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="52"/>
        <source>was at least N days ago</source>
        <translation>было не менее N дн. назад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="58"/>
        <source>set a field</source>
        <translation>заполнить поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="59"/>
        <source>assign a manager</source>
        <translation>назначить менеджера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="60"/>
        <source>create a task</source>
        <translation>создать задачу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="61"/>
        <source>plan an event</source>
        <translation>запланировать событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="62"/>
        <source>open a deal</source>
        <translation>открыть сделку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="63"/>
        <source>move the deal to a stage</source>
        <translation>перевести сделку на этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="64"/>
        <source>add a tag</source>
        <translation>добавить тег</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="65"/>
        <source>remove a tag</source>
        <translation>снять тег</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="66"/>
        <source>queue an e-mail from a template</source>
        <translation>поставить письмо по шаблону в исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="67"/>
        <source>notify a user in the program</source>
        <translation>уведомить пользователя в программе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="68"/>
        <source>make a document (quote copy or letter)</source>
        <translation>создать документ (копия КП или письмо)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="69"/>
        <source>call a web hook</source>
        <translation>вызвать веб-хук</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="75"/>
        <source>to a person</source>
        <translation>сотрудника:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="76"/>
        <source>in turn (round-robin) among</source>
        <translation>по очереди (по кругу) из:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="77"/>
        <source>to the least busy of</source>
        <translation>наименее загруженного из:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="78"/>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="88"/>
        <source>by a table</source>
        <translation>по таблице</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="85"/>
        <source>fixed person</source>
        <translation>закреплённый сотрудник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="86"/>
        <source>round-robin</source>
        <translation>по очереди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="87"/>
        <source>least busy</source>
        <translation>наименее загруженный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="95"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="95"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="96"/>
        <source>chain</source>
        <translation>цепочка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="96"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="97"/>
        <source>claim date</source>
        <translation>дата претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="98"/>
        <source>kind of claimant</source>
        <translation>тип заявителя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="99"/>
        <source>closing time</source>
        <translation>время закрытия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="99"/>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="100"/>
        <source>completion time</source>
        <translation>время выполнения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="101"/>
        <source>confirmation time</source>
        <translation>время подтверждения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="102"/>
        <source>content</source>
        <translation>содержание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="102"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="103"/>
        <source>creation time</source>
        <translation>время создания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="104"/>
        <source>person at fault</source>
        <translation>виновный сотрудник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="105"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="105"/>
        <source>department</source>
        <translation>отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="106"/>
        <source>direction</source>
        <translation>направление</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="106"/>
        <source>due time</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="107"/>
        <source>due date</source>
        <translation>срок (дата)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="107"/>
        <source>end time</source>
        <translation>время окончания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="108"/>
        <source>essence</source>
        <translation>суть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="109"/>
        <source>expected close</source>
        <translation>ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="110"/>
        <source>full name</source>
        <translation>полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="111"/>
        <source>investigation start</source>
        <translation>начало расследования</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="112"/>
        <source>issue date</source>
        <translation>дата выставления</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="112"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="113"/>
        <source>legal address</source>
        <translation>юридический адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="114"/>
        <source>loss comment</source>
        <translation>комментарий к проигрышу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="115"/>
        <source>loss reason</source>
        <translation>причина проигрыша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="115"/>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="116"/>
        <source>net total</source>
        <translation>сумма без НДС</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="116"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="117"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="117"/>
        <source>order date</source>
        <translation>дата заказа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="118"/>
        <source>pipeline</source>
        <translation>воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="118"/>
        <source>probability</source>
        <translation>вероятность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="119"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="120"/>
        <source>registration time</source>
        <translation>время регистрации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="121"/>
        <source>rejection time</source>
        <translation>время отклонения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="121"/>
        <source>remedy</source>
        <translation>требование заявителя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="122"/>
        <source>reminder time</source>
        <translation>время напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="123"/>
        <source>resolution</source>
        <translation>решение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="124"/>
        <source>resolution time</source>
        <translation>время решения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="125"/>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="125"/>
        <source>result</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="126"/>
        <source>satisfaction</source>
        <translation>удовлетворённость</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="127"/>
        <source>severity</source>
        <translation>важность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="127"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="128"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="128"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="129"/>
        <source>time in the stage since</source>
        <translation>на этапе с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="130"/>
        <source>start time</source>
        <translation>время начала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="130"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="131"/>
        <source>status change time</source>
        <translation>время смены статуса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="132"/>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="132"/>
        <source>tax ID</source>
        <translation>налоговый номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="133"/>
        <source>second tax ID</source>
        <translation>второй налоговый номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="133"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="134"/>
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="134"/>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="135"/>
        <source>VAT included</source>
        <translation>НДС включён</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="136"/>
        <source>VAT total</source>
        <translation>сумма НДС</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="136"/>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="142"/>
        <source>custom field {name}</source>
        <translation>доп. поле «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="148"/>
        <source>the record&apos;s manager</source>
        <translation>менеджер записи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="157"/>
        <source>set {field} to {value}</source>
        <translation>записать в поле «{field}» значение {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="168"/>
        <source>{by}</source>
        <translation>(поле «{by}»)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="169"/>
        <source>assign {how} {who}</source>
        <translation>назначить {how} {who}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="173"/>
        <source>{what} &quot;{subject}&quot;, due in {days} days, for {who}</source>
        <translation>{what} «{subject}», срок через {days} дн., исполнитель: {who}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="180"/>
        <source>open a deal &quot;{title}&quot; in {pipeline}</source>
        <translation>открыть сделку «{title}» в воронке «{pipeline}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="182"/>
        <source>the default pipeline</source>
        <translation>воронка по умолчанию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="185"/>
        <source>move the deal to {stage}</source>
        <translation>перевести сделку на этап «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="189"/>
        <source>queue the &quot;{purpose}&quot; e-mail to the client</source>
        <translation>поставить письмо «{purpose}» клиенту в исходящие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="193"/>
        <source>tell {who}: {text}</source>
        <translation>сообщить ({who}): {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="197"/>
        <source>call {url}</source>
        <translation>вызвать {url}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="200"/>
        <source>print the letter &quot;{title}&quot; to the client&apos;s files</source>
        <translation>напечатать письмо «{title}» в файлы клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="202"/>
        <source>make a {document} from the deal&apos;s latest quote</source>
        <translation>создать {document} из последнего КП сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="214"/>
        <source>has {field} changed</source>
        <translation>меняет поле «{field}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="218"/>
        <source>to {value}</source>
        <translation>на {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="223"/>
        <source>is {days} days {side} its {field}</source>
        <translation>— {days} дн. {side} даты «{field}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="225"/>
        <source>after</source>
        <translation>после</translation>
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
        <translation>Если {entity} {trigger}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="234"/>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="236"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="244"/>
        <source>(no)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="249"/>
        <source>, when </source>
        <translation>, при условии: </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/automation/texts.py" line="251"/>
        <source>, then </source>
        <translation>, то </translation>
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
        <translation>Сумма, {0}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="153"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="155"/>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/charts.py" line="156"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>claims</name>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="23"/>
        <source>Overdue: a task of the plan or the claim&apos;s deadline has passed</source>
        <translation>Просрочено: срок задачи плана или срок претензии истёк</translation>
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
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="36"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="37"/>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="38"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="39"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="40"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="41"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="45"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="47"/>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/model.py" line="48"/>
        <source>Essence</source>
        <translation>Суть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="17"/>
        <source>Registered</source>
        <translation>Зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="18"/>
        <source>Confirmed</source>
        <translation>Подтверждена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="19"/>
        <source>Under investigation</source>
        <translation>На расследовании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="20"/>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="21"/>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="22"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="23"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="24"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="25"/>
        <source>Critical</source>
        <translation>Критическая</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="27"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
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
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="39"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="40"/>
        <source>Start investigation</source>
        <translation>Начать расследование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="41"/>
        <source>Resolve…</source>
        <translation>Решить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/claims/texts.py" line="42"/>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
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
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="38"/>
        <source>Existing client</source>
        <translation>Существующий клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/duplicates_dialog.py" line="39"/>
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
        <location filename="../../crm_desktop/ui/kit/errors.py" line="44"/>
        <source>Could not store {name}: {reason}</source>
        <translation>Не удалось сохранить {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="45"/>
        <source>{name} is larger than {megabytes} MB</source>
        <translation>Файл {name} больше {megabytes} МБ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="46"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="47"/>
        <source>Backup to {path} failed: {reason}</source>
        <translation>Не удалось создать резервную копию в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="48"/>
        <source>the copy failed its integrity check ({verdict})</source>
        <translation>копия не прошла проверку целостности ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="51"/>
        <source>Backups from the program are for SQLite files; back up a PostgreSQL server with pg_dump</source>
        <translation>Программа делает резервные копии только файлов SQLite; копию сервера PostgreSQL создайте с помощью pg_dump</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="55"/>
        <source>not a bank account number</source>
        <translation>не номер банковского счёта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="56"/>
        <source>not a valid BIC</source>
        <translation>неверный БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="57"/>
        <source>a birthday in the future</source>
        <translation>дата рождения в будущем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="58"/>
        <source>not one of the choices</source>
        <translation>нет среди вариантов выбора</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="59"/>
        <source>unknown country</source>
        <translation>неизвестная страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="60"/>
        <source>not a currency code</source>
        <translation>не код валюты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="61"/>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="62"/>
        <source>not an e-mail address</source>
        <translation>не адрес электронной почты</translation>
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
        <translation>неверный IBAN</translation>
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
        <translation>неверный номер телефона для страны контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="69"/>
        <source>a client cannot be related to itself</source>
        <translation>контрагент не может быть связан сам с собой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="70"/>
        <source>required</source>
        <translation>обязательное поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="71"/>
        <source>not a valid tax ID for the country</source>
        <translation>неверный налоговый номер для страны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="72"/>
        <source>not a valid KPP</source>
        <translation>неверный КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="73"/>
        <source>more characters than allowed</source>
        <translation>больше символов, чем допустимо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="74"/>
        <source>This category no longer exists</source>
        <translation>Этой категории больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="75"/>
        <source>A category cannot move into itself or below itself</source>
        <translation>Категорию нельзя переместить в неё саму или в её подкатегорию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="77"/>
        <source>Another product already has the code {code}</source>
        <translation>Код {code} уже занят другим товаром</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="79"/>
        <source>The minimum price is above the recommended price</source>
        <translation>Минимальная цена выше рекомендуемой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="81"/>
        <source>Prices cannot be negative</source>
        <translation>Цены не могут быть отрицательными</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="82"/>
        <source>Enter the category name</source>
        <translation>Введите название категории</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="83"/>
        <source>Enter the product code</source>
        <translation>Введите код товара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="84"/>
        <source>Enter the product name</source>
        <translation>Введите наименование товара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="85"/>
        <source>Enter the unit</source>
        <translation>Введите единицу измерения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="86"/>
        <source>Every warehouse needs a name</source>
        <translation>У каждого склада должно быть название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="87"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="565"/>
        <source>This product no longer exists</source>
        <translation>Этого товара больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="88"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="101"/>
        <source>VAT must be from 0 to 100 %</source>
        <translation>Ставка НДС должна быть от 0 до 100 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="89"/>
        <source>A warehouse no longer exists</source>
        <translation>Одного из складов больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="90"/>
        <source>Two warehouses have the same name</source>
        <translation>У двух складов одинаковое название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="92"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="448"/>
        <source>This client no longer exists</source>
        <translation>Этого контрагента больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="93"/>
        <source>{bic} is not a valid BIC</source>
        <translation>{bic} — неверный БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="94"/>
        <source>The device code is up to 8 letters or digits</source>
        <translation>Код устройства — не больше 8 букв или цифр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="96"/>
        <source>{account} is not a valid IBAN</source>
        <translation>{account} — неверный IBAN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="97"/>
        <source>The database has no company yet</source>
        <translation>В базе данных ещё нет вашей организации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="98"/>
        <source>Enter the company&apos;s legal and short name</source>
        <translation>Введите полное и краткое наименование организации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="99"/>
        <source>Enter your company&apos;s requisites first</source>
        <translation>Сначала заполните реквизиты вашей организации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="100"/>
        <source>{tax_id} is not a valid tax ID for {country}</source>
        <translation>{tax_id} — неверный налоговый номер для страны {country}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="102"/>
        <source>Field {key}: a choice field needs its choices</source>
        <translation>Поле {key}: для поля выбора нужны варианты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="104"/>
        <source>Field key {key!r}: use small Latin letters, digits and _</source>
        <translation>Ключ поля «{key}»: используйте строчные латинские буквы, цифры и _</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="106"/>
        <source>Two custom fields have the same key</source>
        <translation>У двух дополнительных полей одинаковый ключ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="107"/>
        <source>Field {key}: give it a label</source>
        <translation>Поле {key}: задайте подпись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="108"/>
        <source>Not a usable database path ({reason}): {value}</source>
        <translation>Непригодный путь к базе данных ({reason}): {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="109"/>
        <source>Not a database URL: {value}</source>
        <translation>Не адрес базы данных: {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="110"/>
        <source>No database given: --db is empty. Give a file path or a database URL</source>
        <translation>База данных не указана: --db пуст. Укажите путь к файлу или адрес базы данных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="113"/>
        <source>The database is busy (another program is writing): nothing was saved. Try again in a moment.</source>
        <translation>База данных занята (в неё пишет другая программа): ничего не сохранено. Повторите через минуту.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="117"/>
        <source>Cannot open database {database}: {reason}</source>
        <translation>Не удаётся открыть базу данных {database}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="118"/>
        <source>The database {label} is damaged ({reason}). Restore the latest backup.</source>
        <translation>База данных {label} повреждена ({reason}). Восстановите последнюю резервную копию.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="120"/>
        <source>The disk holding {label} failed to write: nothing was saved.</source>
        <translation>Диск с базой {label} не смог записать данные: ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="122"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен: ничего не сохранено. Освободите место и повторите.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="124"/>
        <source>The last integrity check of {label} ({when}) found problems: {details}. Restore the latest backup</source>
        <translation>Последняя проверка целостности {label} ({when}) нашла ошибки: {details}. Восстановите последнюю резервную копию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="128"/>
        <source>Cannot lock {path}: {reason}</source>
        <translation>Не удаётся заблокировать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="129"/>
        <source>{path} is open in another CRM Desktop program (process {pid} on {host}); close it first, or run this there</source>
        <translation>{path} открыт в другой программе CRM Desktop (процесс {pid} на {host}); сначала закройте её или выполните это там</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="133"/>
        <source>No database at {path}</source>
        <translation>По пути {path} нет базы данных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="134"/>
        <source>The driver for {scheme} is not installed ({reason}): use postgresql+psycopg://… or an SQLite file</source>
        <translation>Драйвер для {scheme} не установлен ({reason}): используйте postgresql+psycopg://… или файл SQLite</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="138"/>
        <source>Cannot open database {path}: the folder {folder} does not exist</source>
        <translation>Не удаётся открыть базу данных {path}: папки {folder} не существует</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="140"/>
        <source>{path} is not a CRM Desktop database ({reason}); nothing was changed</source>
        <translation>{path} — не база данных CRM Desktop ({reason}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="143"/>
        <source>Could not update the database structure: {reason}</source>
        <translation>Не удалось обновить структуру базы данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="145"/>
        <source>{label} is on a read-only disk or not writable: opened read-only, nothing can be saved</source>
        <translation>{label} на диске только для чтения или недоступен для записи: открыт только для чтения, сохранить ничего нельзя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="149"/>
        <source>The database {label} is read-only: nothing was saved. You can still look everything up.</source>
        <translation>База данных {label} открыта только для чтения: ничего не сохранено. Просматривать данные можно по-прежнему.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="153"/>
        <source>The database refused the change: {reason}. Nothing was saved.</source>
        <translation>База данных отклонила изменение: {reason}. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="155"/>
        <source>Unknown kind of database {scheme!r} in {value}: use a file path, sqlite:///FILE or postgresql+psycopg://…</source>
        <translation>Неизвестный вид базы данных {scheme!r} в {value}: укажите путь к файлу, sqlite:///ФАЙЛ или postgresql+psycopg://…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="159"/>
        <source>A deal&apos;s amount cannot be negative</source>
        <translation>Сумма сделки не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="160"/>
        <source>The deal&apos;s client no longer exists</source>
        <translation>Контрагента этой сделки больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="161"/>
        <source>Write the comment first</source>
        <translation>Сначала напишите комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="162"/>
        <source>The contact person works for another client</source>
        <translation>Контактное лицо относится к другому контрагенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="164"/>
        <source>This deal no longer exists</source>
        <translation>Этой сделки больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="165"/>
        <source>No stage named {stage}</source>
        <translation>Нет этапа «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="166"/>
        <source>Give the deal a title</source>
        <translation>Укажите название сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="167"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="377"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="730"/>
        <source>Choose csv, json or text, not {format}</source>
        <translation>Выберите csv, json или text, а не {format}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="168"/>
        <source>The database {label} already has clients; create demo data in a new file</source>
        <translation>В базе данных {label} уже есть контрагенты; создайте демонстрационные данные в новом файле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="170"/>
        <source>Unknown demo scale {scale!r}; use small or large</source>
        <translation>Неизвестный объём демонстрационных данных «{scale}»; используйте small или large</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="172"/>
        <source>This document no longer exists</source>
        <translation>Этого документа больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="173"/>
        <source>No document numbered {number}</source>
        <translation>Нет документа с номером {number}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="174"/>
        <source>{field}: right-to-left text ({chars}) cannot be printed correctly on documents yet</source>
        <translation>{field}: текст, который пишется справа налево ({chars}), пока нельзя правильно напечатать в документах</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="177"/>
        <source>{field}: the document font cannot print {chars}</source>
        <translation>{field}: шрифт документов не может напечатать {chars}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="179"/>
        <source>e-mail {value}</source>
        <translation>эл. почта {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="180"/>
        <source>name {value}</source>
        <translation>название {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="181"/>
        <source>phone {value}</source>
        <translation>телефон {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="182"/>
        <source>name {value} ({score}%)</source>
        <translation>название {value} ({score} %)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="183"/>
        <source>tax ID {value}</source>
        <translation>налоговый номер {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="184"/>
        <source>A cancelled event cannot be completed</source>
        <translation>Отменённое событие нельзя отметить выполненным</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="186"/>
        <source>The contact person does not belong to this client</source>
        <translation>Контактное лицо не относится к этому контрагенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="188"/>
        <source>This event no longer exists</source>
        <translation>Этого события больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="189"/>
        <source>The start time has no time zone</source>
        <translation>У времени начала не указан часовой пояс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="190"/>
        <source>The duration cannot be negative</source>
        <translation>Длительность не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="191"/>
        <source>Enter a subject</source>
        <translation>Введите тему</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="192"/>
        <source>Only a planned event can be rescheduled</source>
        <translation>Перенести можно только запланированное событие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="193"/>
        <source>The subject is longer than {max} characters</source>
        <translation>Тема длиннее {max} символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="195"/>
        <source>Name the file .{kind} for the {format} format, not {name}</source>
        <translation>Для формата {format} файл должен называться *.{kind}, а не {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="197"/>
        <source>Choose a .csv or .xlsx file, not {name}</source>
        <translation>Выберите файл .csv или .xlsx, а не {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="198"/>
        <source>A delimiter is one character (or tab), not {delimiter!r}</source>
        <translation>Разделитель — один символ (или табуляция), а не {delimiter!r}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="200"/>
        <source>Cannot tell how the columns of {name} are separated; choose the delimiter ({found})</source>
        <translation>Не удаётся определить, чем разделены столбцы в {name}; выберите разделитель ({found})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="203"/>
        <source>{name} is empty</source>
        <translation>Файл {name} пуст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="208"/>
        <source>{name} has more than {max} rows</source>
        <translation>В файле {name} больше {max} строк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="209"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать файл {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="210"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="211"/>
        <source>{name} is not a readable XLSX workbook: its contents are damaged</source>
        <translation>{name} не читается как книга XLSX: её содержимое повреждено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="213"/>
        <source>Enter the company name</source>
        <translation>Введите название организации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="214"/>
        <source>Choose a currency</source>
        <translation>Выберите валюту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="215"/>
        <source>Enter your name</source>
        <translation>Введите ваше имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="216"/>
        <source>Your role ({role}) may not do this: {permission}</source>
        <translation>Ваша роль ({role}) не даёт права на это действие: {permission}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="217"/>
        <source>birthday not a date: {value!r}</source>
        <translation>дата рождения — не дата: «{value}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="218"/>
        <source>The import was cancelled; nothing was imported</source>
        <translation>Импорт отменён; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="223"/>
        <source>created beside {name} ({match})</source>
        <translation>создан рядом с «{name}» ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="253"/>
        <source>Choose a .csv, .xlsx or .vcf file, not {name}</source>
        <translation>Выберите файл .csv, .xlsx или .vcf, а не {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="254"/>
        <source>no name</source>
        <translation>нет наименования</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="255"/>
        <source>Choose the column with the name</source>
        <translation>Выберите столбец с наименованием</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="256"/>
        <source>{name} has no vCards</source>
        <translation>В файле {name} нет карточек vCard</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="260"/>
        <source>update of {name}: {reason}</source>
        <translation>обновление «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="261"/>
        <source>{problems} of {rows} rows have problems; nothing was imported</source>
        <translation>Строк с ошибками: {problems} из {rows}; ничего не импортировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="263"/>
        <source>skipped: duplicate of {name} ({match})</source>
        <translation>пропущено: дубликат «{name}» ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="265"/>
        <source>skipped: repeats row of {name} in this file</source>
        <translation>пропущено: повторяет строку «{name}» в этом файле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="267"/>
        <source>updated {name} ({match})</source>
        <translation>обновлён «{name}» ({match})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="268"/>
        <source>{name} is not a readable vCard file: {reason}</source>
        <translation>Файл {name} не является читаемым файлом vCard: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="270"/>
        <source>A loss reason needs a name</source>
        <translation>У причины проигрыша должно быть название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="271"/>
        <source>Choose the reason the deal was lost</source>
        <translation>Выберите причину проигрыша сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="272"/>
        <source>This message cannot be cancelled</source>
        <translation>Это письмо нельзя отменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="273"/>
        <source>This message cannot be sent again</source>
        <translation>Это письмо нельзя отправить повторно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="274"/>
        <source>This draft has no recipient: open it in the mail client to finish it</source>
        <translation>У черновика нет получателя: откройте его в почтовой программе и допишите</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="276"/>
        <source>There is no secure keychain on this computer (only {backend}, which would keep the password readable in a file), so the password was not stored. Enter it for this session only, or install a keychain service (GNOME Keyring or KWallet) and save it again</source>
        <translation>На этом компьютере нет надёжного хранилища паролей (есть только {backend}, где пароль лежал бы в файле в читаемом виде), поэтому пароль не сохранён. Введите его только для этого сеанса или установите службу хранения паролей (GNOME Keyring или KWallet) и сохраните его ещё раз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="282"/>
        <source>Interrupted while sending: it may have reached the server. Check before sending it again.</source>
        <translation>Отправка прервана: письмо могло дойти до сервера. Проверьте, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="286"/>
        <source>The system keychain refused the password: {reason}</source>
        <translation>Системное хранилище паролей не приняло пароль: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="288"/>
        <source>The mail server refused the login: {answer}. Check the user and password in Settings → Mail server</source>
        <translation>Почтовый сервер отклонил вход: {answer}. Проверьте пользователя и пароль в Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="292"/>
        <source>The connection was lost after the whole message was sent ({reason}): it may have reached the server. Check before sending it again.</source>
        <translation>Соединение оборвалось после того, как письмо было передано целиком ({reason}): оно могло дойти до сервера. Проверьте, прежде чем отправлять снова.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="296"/>
        <source>This message no longer exists</source>
        <translation>Этого письма больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="297"/>
        <source>The mail server {server} does not offer a login (AUTH) here: check the port and security in Settings → Mail server, or leave the user empty</source>
        <translation>Почтовый сервер {server} не предлагает здесь вход (AUTH): проверьте порт и защиту в Настройки → Почтовый сервер или оставьте пользователя пустым</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="301"/>
        <source>Enter the SMTP server</source>
        <translation>Введите SMTP-сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="302"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="490"/>
        <source>The system keychain is not available: {reason}</source>
        <translation>Системное хранилище паролей недоступно: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="304"/>
        <source>No password for the mail server {server}: enter it in Settings → Mail server</source>
        <translation>Нет пароля для почтового сервера {server}: введите его в Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="307"/>
        <source>Enter the recipient&apos;s e-mail address</source>
        <translation>Введите адрес электронной почты получателя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="308"/>
        <source>Enter the sender&apos;s e-mail address</source>
        <translation>Введите адрес электронной почты отправителя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="309"/>
        <source>Set up the mail server first: Settings → Mail server</source>
        <translation>Сначала настройте почтовый сервер: Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="313"/>
        <source>The mail server {server} does not offer STARTTLS: choose SSL/TLS or another port in Settings → Mail server</source>
        <translation>Почтовый сервер {server} не предлагает STARTTLS: выберите SSL/TLS или другой порт в Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="317"/>
        <source>The port must be from 1 to 65535</source>
        <translation>Порт должен быть от 1 до 65535</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="318"/>
        <source>Choose SSL/TLS, STARTTLS or none</source>
        <translation>Выберите SSL/TLS, STARTTLS или без шифрования</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="319"/>
        <source>No secure connection to the mail server {server} ({reason}): check the port and security in Settings → Mail server</source>
        <translation>Нет защищённого соединения с почтовым сервером {server} ({reason}): проверьте порт и защиту в Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="323"/>
        <source>Cannot reach the mail server: {reason}</source>
        <translation>Почтовый сервер недоступен: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="324"/>
        <source>The certificate of the mail server {server} is not trusted ({reason}): check the server&apos;s name and security in Settings → Mail server</source>
        <translation>Сертификату почтового сервера {server} нет доверия ({reason}): проверьте имя сервера и защиту в Настройки → Почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="328"/>
        <source>The user name or password has characters beyond Latin letters, and the mail server offers no login that can carry them (it offers: {methods}): use a password of Latin letters, digits and signs, or ask the mail administrator to enable PLAIN or LOGIN</source>
        <translation>В имени пользователя или пароле есть символы кроме латинских, а почтовый сервер не предлагает вход, который их передаёт (он предлагает: {methods}): используйте пароль из латинских букв, цифр и знаков или попросите администратора почты включить PLAIN или LOGIN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="333"/>
        <source>One of the clients no longer exists</source>
        <translation>Одного из контрагентов больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="334"/>
        <source>Choose two different clients to merge</source>
        <translation>Для объединения выберите двух разных контрагентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="335"/>
        <source>Unknown fields: {fields}</source>
        <translation>Неизвестные поля: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="336"/>
        <source>To enter {stage}, fill in first: {fields}</source>
        <translation>Чтобы перейти на этап «{stage}», сначала заполните: {fields}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="337"/>
        <source>{pipeline} is a strict pipeline: a deal in {from_stage} may go only to {allowed}, not to {to_stage}</source>
        <translation>«{pipeline}» — строгая воронка: сделка с этапа «{from_stage}» может перейти только на {allowed}, а не на «{to_stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="341"/>
        <source>Nobody is signed in: nothing was saved</source>
        <translation>Никто не вошёл в программу: ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="342"/>
        <source>The pipeline {pipeline} has no open stage</source>
        <translation>В воронке «{pipeline}» нет открытого этапа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="343"/>
        <source>There is no pipeline yet: the head of sales makes one in the stage editor</source>
        <translation>Воронки ещё нет: руководитель отдела продаж создаёт её в редакторе этапов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="345"/>
        <source>The deal belongs to {owner}: only the head of sales may change another salesperson&apos;s deal</source>
        <translation>Сделку ведёт {owner}: изменить сделку другого менеджера может только руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="349"/>
        <source>Not a number: {text}</source>
        <translation>Не число: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="350"/>
        <source>Only the head of sales may give a deal to another salesperson</source>
        <translation>Передать сделку другому менеджеру может только руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="352"/>
        <source>Order {number} was already made from it</source>
        <translation>Из него уже создан заказ {number}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="353"/>
        <source>An order in status {status} cannot be shipped</source>
        <translation>Заказ в статусе «{status}» нельзя отгрузить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="355"/>
        <source>The order is {status}: its status cannot change</source>
        <translation>Заказ в статусе «{status}»: его статус больше не меняется</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="356"/>
        <source>Only a won deal becomes an order</source>
        <translation>Заказ создаётся только из выигранной сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="359"/>
        <source>{line}: the price cannot be negative</source>
        <translation>{line}: цена не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="361"/>
        <source>The order is {status}: its lines can no longer change</source>
        <translation>Заказ в статусе «{status}»: его строки больше нельзя изменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="363"/>
        <source>The client has no e-mail address: the status was not sent</source>
        <translation>У контрагента нет адреса электронной почты: статус не отправлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="365"/>
        <source>Add at least one line to the order</source>
        <translation>Добавьте в заказ хотя бы одну строку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="366"/>
        <source>Only an issued invoice becomes an order</source>
        <translation>Заказ создаётся только из выставленного счёта на оплату</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="367"/>
        <source>This order no longer exists</source>
        <translation>Этого заказа больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="368"/>
        <source>The order belongs to {owner}: only the head of sales may change another salesperson&apos;s order</source>
        <translation>Заказ ведёт {owner}: изменить заказ другого менеджера может только руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="372"/>
        <source>Enter a quantity to ship</source>
        <translation>Введите количество к отгрузке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="373"/>
        <source>{line}: more than ordered would be shipped ({quantity})</source>
        <translation>{line}: отгрузка превысила бы заказанное количество ({quantity})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="375"/>
        <source>An order in status {from_status} cannot become {to_status}</source>
        <translation>Заказ в статусе «{from_status}» нельзя перевести в статус «{to_status}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="378"/>
        <source>Only {left} {currency} is outstanding on {number}</source>
        <translation>По счёту {number} к оплате осталось только {left} {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="380"/>
        <source>The amount must be above zero</source>
        <translation>Сумма должна быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="381"/>
        <source>This invoice no longer exists</source>
        <translation>Этого счёта больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="382"/>
        <source>Invoice {number} is {status}: nothing to pay</source>
        <translation>Счёт {number} в статусе «{status}»: оплачивать нечего</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="384"/>
        <source>The phone number is empty</source>
        <translation>Номер телефона не указан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="385"/>
        <source>Not a valid phone number: {raw}</source>
        <translation>Неверный номер телефона: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="386"/>
        <source>Not a phone number: {raw}</source>
        <translation>Не номер телефона: {raw}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="387"/>
        <source>Give the pipeline a name</source>
        <translation>Укажите название воронки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="388"/>
        <source>A pipeline needs at least one open stage, one won and one lost stage</source>
        <translation>В воронке нужен хотя бы один открытый этап, один этап выигрыша и один этап проигрыша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="390"/>
        <source>No pipeline {pipeline}</source>
        <translation>Нет воронки «{pipeline}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="391"/>
        <source>minimum {minimum} above price {price}</source>
        <translation>минимальная цена {minimum} выше цены {price}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="393"/>
        <source>not a valid amount: {text!r}</source>
        <translation>недопустимая сумма: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="394"/>
        <source>Choose the column with the product code</source>
        <translation>Выберите столбец с кодом товара</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="396"/>
        <source>no warehouse for the stock</source>
        <translation>не указан склад для остатка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="397"/>
        <source>not a number: {text!r}</source>
        <translation>не число: «{text}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="398"/>
        <source>No warehouse named {name!r}</source>
        <translation>Нет склада «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="400"/>
        <source>unknown product code {code!r}</source>
        <translation>неизвестный код товара «{code}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="401"/>
        <source>unknown warehouse {name!r}</source>
        <translation>неизвестный склад «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="402"/>
        <source>A probability is from 0 to 100 %</source>
        <translation>Вероятность — от 0 до 100 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="405"/>
        <source>{line}: the price is below the minimum {minimum} {currency}. Ask the head of sales to approve it.</source>
        <translation>{line}: цена ниже минимальной ({minimum} {currency}). Попросите руководителя отдела продаж согласовать её.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="409"/>
        <source>The discount must be from 0 to 99.99 %</source>
        <translation>Скидка должна быть от 0 до 99,99 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="357"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="410"/>
        <source>{line}: the discount must be from 0 to 99.99 %</source>
        <translation>{line}: скидка должна быть от 0 до 99,99 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="412"/>
        <source>A price cannot be negative</source>
        <translation>Цена не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="413"/>
        <source>Add at least one product</source>
        <translation>Добавьте хотя бы один товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="418"/>
        <source>Give the reason for the prices below the minimum</source>
        <translation>Укажите причину цен ниже минимальных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="420"/>
        <source>Payment days must be from 0 to 365</source>
        <translation>Срок оплаты должен быть от 0 до 365 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="360"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="421"/>
        <source>{line}: the quantity must be above zero</source>
        <translation>{line}: количество должно быть больше нуля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="204"/>
        <source>Cannot tell the text encoding of {name} (UTF-8, UTF-16, Windows-1251 and CP866 are read); save it as UTF-8 and import it again</source>
        <translation>Не удалось определить кодировку файла {name} (читаются UTF-8, UTF-16, Windows-1251 и CP866); сохраните его в UTF-8 и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="221"/>
        <source>column {column!r} was not imported, but its values look like {what}</source>
        <translation>столбец «{column}» не импортирован, но его значения похожи на {what}</translation>
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
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="227"/>
        <source>city</source>
        <translation>город</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="228"/>
        <source>contact person</source>
        <translation>контактное лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="229"/>
        <source>contact&apos;s birthday</source>
        <translation>день рождения контакта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="230"/>
        <source>contact&apos;s e-mail</source>
        <translation>e-mail контакта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="231"/>
        <source>contact&apos;s name</source>
        <translation>имя контакта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="232"/>
        <source>contact&apos;s phone</source>
        <translation>телефон контакта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="233"/>
        <source>contact&apos;s position</source>
        <translation>должность контакта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="234"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="235"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="236"/>
        <source>custom field</source>
        <translation>дополнительное поле</translation>
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
        <translation>полное наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="240"/>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="241"/>
        <source>legal address</source>
        <translation>юридический адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="242"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="243"/>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="244"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="245"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="246"/>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="247"/>
        <source>tax ID</source>
        <translation>налоговый номер</translation>
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
        <translation>адреса e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="251"/>
        <source>phone numbers</source>
        <translation>номера телефонов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="252"/>
        <source>tax IDs</source>
        <translation>налоговые номера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="257"/>
        <source>phone {phone} kept as typed: its number is possible but not known to be in use</source>
        <translation>телефон {phone} сохранён как введён: такой номер возможен, но неизвестно, используется ли он</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="311"/>
        <source>This message is no longer a draft (sent, cancelled or removed)</source>
        <translation>Это письмо больше не черновик (отправлено, отменено или удалено)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="403"/>
        <source>The stage {stage} allows a next stage {next} the pipeline lacks</source>
        <translation>Этап «{stage}» допускает следующий этап «{next}», которого нет в воронке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="414"/>
        <source>Set the exchange rate of {currency} to {base} in Settings → Company → Exchange rates before quoting this client</source>
        <translation>Прежде чем готовить предложение этому контрагенту, укажите курс {currency} к {base} в разделе Настройки → Компания → Курсы валют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="422"/>
        <source>{code} is not a currency code (three capital letters, such as USD)</source>
        <translation>{code} — не код валюты (три заглавные латинские буквы, например USD)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="424"/>
        <source>{code} is listed twice</source>
        <translation>Валюта {code} указана дважды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="425"/>
        <source>Enter the rate of {code}</source>
        <translation>Укажите курс {code}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="426"/>
        <source>{code} is the company&apos;s own currency: it needs no exchange rate</source>
        <translation>{code} — собственная валюта компании: курс для неё не нужен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="428"/>
        <source>The rate of {code} may have at most 6 decimal places</source>
        <translation>Курс {code} может иметь не больше 6 знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="430"/>
        <source>The rate of {code} must be above 0 and below 1,000,000,000</source>
        <translation>Курс {code} должен быть больше 0 и меньше 1 000 000 000</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="432"/>
        <source>Restore from {path} failed: {reason}; the previous content is in {safety}</source>
        <translation>Не удалось восстановить из {path}: {reason}; прежнее содержимое сохранено в {safety}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="434"/>
        <source>{path} is not a usable backup: {reason}</source>
        <translation>{path} — непригодная резервная копия: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="435"/>
        <source>{path} is not a usable CRM Desktop backup ({verdict})</source>
        <translation>{path} — непригодная резервная копия CRM Desktop ({verdict})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="437"/>
        <source>Restore from the program is for SQLite files; use pg_restore for a PostgreSQL server</source>
        <translation>Программа восстанавливает только файлы SQLite; сервер PostgreSQL восстановите с помощью pg_restore</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="441"/>
        <source>No custom field {key!r}</source>
        <translation>Нет дополнительного поля «{key}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="442"/>
        <source>Give the segment a name</source>
        <translation>Укажите название сегмента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="443"/>
        <source>Give the template a name</source>
        <translation>Укажите название шаблона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="444"/>
        <source>Write the subject of the letter</source>
        <translation>Укажите тему письма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="445"/>
        <source>No campaign template {name}</source>
        <translation>Нет шаблона рассылки «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="446"/>
        <source>Name a client or an e-mail address</source>
        <translation>Укажите клиента или адрес e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="447"/>
        <source>{address} is not an e-mail address</source>
        <translation>{address} — не адрес e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="449"/>
        <source>No segment {name}</source>
        <translation>Нет сегмента «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="450"/>
        <source>Nobody in {segment} would get the letter ({total} clients: opted out, bad or no address)</source>
        <translation>В сегменте «{segment}» письмо никто не получит (клиентов: {total}; отписались, неверный адрес или адреса нет)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="453"/>
        <source>The rate must be from 1 to {maximum} messages a minute</source>
        <translation>Скорость должна быть от 1 до {maximum} писем в минуту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="455"/>
        <source>This campaign no longer exists</source>
        <translation>Этой рассылки больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="456"/>
        <source>This client is not in the campaign&apos;s segment</source>
        <translation>Этот клиент не входит в сегмент рассылки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="458"/>
        <source>Enter the address the test letter goes to</source>
        <translation>Укажите адрес для тестового письма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="460"/>
        <source>The stage {stage} still holds {count} deals: move them first</source>
        <translation>На этапе «{stage}» ещё есть сделки ({count}): сначала перенесите их</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="462"/>
        <source>Every stage needs a name</source>
        <translation>У каждого этапа должно быть название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="463"/>
        <source>The pipeline {pipeline} has no stage {stage}</source>
        <translation>В воронке «{pipeline}» нет этапа «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="465"/>
        <source>The account {login} is disabled: ask the administrator</source>
        <translation>Учётная запись {login} отключена: обратитесь к администратору</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="467"/>
        <source>Not a server address (HOST:PORT): {address}</source>
        <translation>Не адрес сервера (ХОСТ:ПОРТ): {address}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="468"/>
        <source>--listen takes HOST:PORT, not {value}</source>
        <translation>--listen принимает ХОСТ:ПОРТ, а не {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="469"/>
        <source>A login is 2 to 64 small Latin letters, digits, dots, dashes or underscores, not {login!r}</source>
        <translation>Логин — от 2 до 64 строчных латинских букв, цифр, точек, дефисов или подчёркиваний, а не «{login}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="473"/>
        <source>The request is not understood: {reason}</source>
        <translation>Запрос не распознан: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="474"/>
        <source>Keep the change history from 0 (forever) to 36500 days</source>
        <translation>Срок хранения истории изменений — от 0 (бессрочно) до 36500 дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="476"/>
        <source>{field}: {value!r} is not a valid value</source>
        <translation>{field}: «{value}» — недопустимое значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="477"/>
        <source>The team server&apos;s certificate has changed: it is now {fingerprint}, not the {pinned} you accepted. Nothing was sent. If nobody replaced it on the server, someone may be intercepting the connection.</source>
        <translation>Сертификат командного сервера изменился: теперь это {fingerprint}, а не принятый вами {pinned}. Ничего не отправлено. Если на сервере его никто не заменял, соединение, возможно, перехватывают.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="482"/>
        <source>The certificate {path} cannot be used: {reason}</source>
        <translation>Сертификат {path} нельзя использовать: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="484"/>
        <source>{login} is not a head of sales</source>
        <translation>{login} — не руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="485"/>
        <source>The login {login} is taken</source>
        <translation>Логин {login} уже занят</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="486"/>
        <source>The team server needs a PostgreSQL database (--db postgresql+psycopg://…), not {database}</source>
        <translation>Командному серверу нужна база данных PostgreSQL (--db postgresql+psycopg://…), а не {database}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="492"/>
        <source>Enter the person&apos;s name</source>
        <translation>Введите имя сотрудника</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="493"/>
        <source>No password given (type it, or pipe it on standard input)</source>
        <translation>Пароль не указан (введите его или передайте через стандартный ввод)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="495"/>
        <source>No team {name}</source>
        <translation>Нет команды «{name}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="496"/>
        <source>No user {login}</source>
        <translation>Нет пользователя {login}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="497"/>
        <source>Give the team a name</source>
        <translation>Укажите название команды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="498"/>
        <source>Sign in to the team server first</source>
        <translation>Сначала войдите на командный сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="499"/>
        <source>No such client among those you may see</source>
        <translation>Среди доступных вам контрагентов такого нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="500"/>
        <source>Not signed in to a team server</source>
        <translation>Вход на командный сервер не выполнен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="501"/>
        <source>You cannot disable your own account or take away your own administration</source>
        <translation>Нельзя отключить собственную учётную запись или лишить себя прав администратора</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="503"/>
        <source>The password must have at least {minimum} characters</source>
        <translation>Пароль должен содержать не менее {minimum} символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="505"/>
        <source>The two passwords differ</source>
        <translation>Пароли не совпадают</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="506"/>
        <source>The server&apos;s database role {role} {why}: row-level security would not apply to it. Let the server log in as a role that is only a member of crm_app (README: Team server)</source>
        <translation>Роль базы данных сервера {role} {why}: построчная защита (RLS) на неё не подействует. Пусть сервер входит под ролью, которая только входит в crm_app (README: Team server)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="511"/>
        <source>The database is at revision {revision}, the server needs {head}: run `crm-desktop db upgrade --db …` as the database owner</source>
        <translation>База данных в редакции {revision}, серверу нужна {head}: выполните `crm-desktop db upgrade --db …` от имени владельца базы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="515"/>
        <source>The team server failed: {reason}</source>
        <translation>Сбой командного сервера: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="516"/>
        <source>Share with one person or one team</source>
        <translation>Предоставьте доступ одному сотруднику или одной команде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="517"/>
        <source>Too many wrong passwords: try again in {seconds} seconds</source>
        <translation>Слишком много неверных паролей: повторите через {seconds} с</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="519"/>
        <source>Give both --tls-cert and --tls-key, or neither</source>
        <translation>Укажите и --tls-cert, и --tls-key или ни одного из них</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="520"/>
        <source>Your sign-in has expired: sign in again</source>
        <translation>Срок входа истёк: войдите снова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="521"/>
        <source>You were signed out (here, on another desktop or by the administrator): sign in again</source>
        <translation>Ваш сеанс завершён (здесь, на другом компьютере или администратором): войдите снова</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="525"/>
        <source>The team server answered something unexpected ({status})</source>
        <translation>Командный сервер дал неожиданный ответ ({status})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="527"/>
        <source>A client has no field {field}</source>
        <translation>У контрагента нет поля {field}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="528"/>
        <source>The team server {address} does not answer ({reason}). You keep working on this computer.</source>
        <translation>Командный сервер {address} не отвечает ({reason}). Работа продолжается на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="532"/>
        <source>Wrong login or password</source>
        <translation>Неверный логин или пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="533"/>
        <source>This program (database version {revision}) is older than the team server&apos;s ({server}). Update the program to sync; your unsent changes wait on this computer.</source>
        <translation>Эта программа (версия базы данных {revision}) старше, чем на сервере команды ({server}). Обновите программу, чтобы синхронизироваться; ваши неотправленные изменения ждут на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="538"/>
        <source>The team server cannot read a sync batch: {reason}</source>
        <translation>Сервер команды не может прочитать пакет синхронизации: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="540"/>
        <source>This copy is not connected to a team server: run crm-desktop connect URL --user LOGIN</source>
        <translation>Эта копия не подключена к серверу команды: выполните crm-desktop connect URL --user LOGIN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="544"/>
        <source>Signed out of the team server {address}: run crm-desktop connect again</source>
        <translation>Выполнен выход с сервера команды {address}: выполните crm-desktop connect ещё раз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="546"/>
        <source>This conflict is no longer in the inbox</source>
        <translation>Этого конфликта больше нет во входящих</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="548"/>
        <source>The value of {field} cannot be taken back here ({kind}): the record changed for a reason the server keeps</source>
        <translation>Значение поля «{field}» здесь вернуть нельзя ({kind}): запись изменена по причине, которую хранит сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="552"/>
        <source>The server&apos;s certificate is {fingerprint}, not the {expected} you gave. Nothing was sent.</source>
        <translation>Сертификат сервера — {fingerprint}, а не указанный вами {expected}. Ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="556"/>
        <source>This claim no longer exists</source>
        <translation>Этой претензии больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="557"/>
        <source>The claim is handled by {owner}: only the head of sales may change another person&apos;s claim</source>
        <translation>Претензией занимается {owner}: чужую претензию может изменить только руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="560"/>
        <source>Describe the essence of the claim</source>
        <translation>Опишите суть претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="561"/>
        <source>The contact person does not belong to the claimant</source>
        <translation>Контактное лицо не относится к заявителю</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="563"/>
        <source>Order {number} is another client&apos;s</source>
        <translation>Заказ {number} принадлежит другому клиенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="564"/>
        <source>Invoice {number} is another client&apos;s</source>
        <translation>Счёт {number} принадлежит другому клиенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="566"/>
        <source>This reason is not in the list</source>
        <translation>Такой причины нет в списке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="567"/>
        <source>This result is not in the list</source>
        <translation>Такого результата нет в списке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="568"/>
        <source>This employee is not an active user</source>
        <translation>Этот сотрудник не является активным пользователем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="569"/>
        <source>You may see the figures of {allowed} only, not of the people chosen</source>
        <translation>Вы можете видеть показатели только: {allowed}, но не выбранных сотрудников</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="571"/>
        <source>The period ends ({end}) before it starts ({start})</source>
        <translation>Период заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="573"/>
        <source>No report {name}; the reports are {names}</source>
        <translation>Нет отчёта «{name}»; есть отчёты: {names}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="574"/>
        <source>Sales cannot be grouped by {group}; use one of {groups}</source>
        <translation>Продажи нельзя сгруппировать по «{group}»; используйте одно из: {groups}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="576"/>
        <source>A plan cannot be negative: {amount}</source>
        <translation>План не может быть отрицательным: {amount}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="577"/>
        <source>No such person: {manager}</source>
        <translation>Нет такого сотрудника: {manager}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="578"/>
        <source>No export format {format}; use one of {formats}</source>
        <translation>Нет формата экспорта «{format}»; используйте один из: {formats}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="580"/>
        <source>{option} {value}: not a date; write it as YYYY-MM-DD</source>
        <translation>{option} {value}: это не дата; укажите её в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="582"/>
        <source>No person with the login {login}</source>
        <translation>Нет сотрудника с логином {login}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="585"/>
        <source>Sales funnel: {pipeline}</source>
        <translation>Воронка продаж: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="586"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="587"/>
        <source>Manager benchmark</source>
        <translation>Сравнение менеджеров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="588"/>
        <source>Won and lost</source>
        <translation>Выигранные и проигранные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="589"/>
        <source>Lead sources</source>
        <translation>Источники лидов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="590"/>
        <source>Claims</source>
        <translation>Претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="591"/>
        <source>Overdue work</source>
        <translation>Просроченные дела</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="592"/>
        <source>Reactivation candidates</source>
        <translation>Кандидаты на реактивацию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="593"/>
        <source>Won and lost by manager</source>
        <translation>Выигранные и проигранные по менеджерам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="594"/>
        <source>Leads and won deals by source</source>
        <translation>Лиды и выигранные сделки по источникам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="595"/>
        <source>Sales, {currency}</source>
        <translation>Продажи, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="596"/>
        <source>Revenue against last year, {currency}</source>
        <translation>Выручка в сравнении с прошлым годом, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="597"/>
        <source>Claims by month</source>
        <translation>Претензии по месяцам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="598"/>
        <source>Overdue work by responsible</source>
        <translation>Просроченные дела по ответственным</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="599"/>
        <source>Past revenue of the clients to win back, {currency}</source>
        <translation>Прошлая выручка клиентов для возврата, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="602"/>
        <source>Open deals by stage: {pipeline}</source>
        <translation>Открытые сделки по этапам: {pipeline}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="603"/>
        <source>Entered</source>
        <translation>Вошло</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="604"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="605"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="606"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="607"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="608"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="609"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="610"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="611"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="612"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="613"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="614"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="615"/>
        <source>Claim tasks</source>
        <translation>Задачи по претензиям</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="616"/>
        <source>Past revenue</source>
        <translation>Прошлая выручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="617"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="618"/>
        <source>Amount, {currency}</source>
        <translation>Сумма, {currency}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="619"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="620"/>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="621"/>
        <source>A sale is an invoice paid in full, in the client&apos;s currency.</source>
        <translation>Продажа — полностью оплаченный счёт, в валюте клиента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="624"/>
        <source>Total sales divided by the number of sales (invoices paid in full); a dash while there is none.</source>
        <translation>Сумма продаж, делённая на их число (полностью оплаченные счета); прочерк, пока продаж нет.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="628"/>
        <source>An order neither delivered nor cancelled whose due date has passed.</source>
        <translation>Заказ, не доставленный и не отменённый, срок которого истёк.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="631"/>
        <source>{term}: {definition}</source>
        <translation>{term}: {definition}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="632"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="633"/>
        <source>Overdue order</source>
        <translation>Просроченный заказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="634"/>
        <source>A deal enters a stage when the stage history has a move into it (counted once per deal and stage, by the moment of the move).</source>
        <translation>Сделка попадает на этап, когда в истории этапов есть переход на него (считается один раз на сделку и этап, по моменту перехода).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="638"/>
        <source>Conversion = deals that entered the next stage / deals that entered this one.</source>
        <translation>Конверсия = сделки, вошедшие на следующий этап / сделки, вошедшие на этот.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="641"/>
        <source>Time in stage: the median of the times recorded when deals left the stage in the period.</source>
        <translation>Время на этапе: медиана времени, записанного при уходе сделок с этапа в периоде.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="645"/>
        <source>Lost at: the stage a deal left for a lost stage.</source>
        <translation>Этап проигрыша: этап, с которого сделка перешла на этап проигрыша.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="648"/>
        <source>Won and lost: deals closed in the period in a won or lost stage; amounts of the deals in {currency} only.</source>
        <translation>Выигранные и проигранные: сделки, закрытые в периоде на этапе выигрыша или проигрыша; суммы — только сделок в {currency}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="652"/>
        <source>Win rate = won / (won + lost) deals closed in the period.</source>
        <translation>Доля выигранных = выигранные / (выигранные + проигранные) сделки, закрытые в периоде.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="655"/>
        <source>A lead: a deal opened in the period; conversion to won = how many of them are won by now.</source>
        <translation>Лид — сделка, открытая в периоде; конверсия в выигрыш = сколько из них уже выиграно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="659"/>
        <source>Revenue: the sales issued in the period whose deal came from the source, in {currency}.</source>
        <translation>Выручка: продажи, выставленные в периоде, сделка которых пришла из источника, в {currency}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="663"/>
        <source>Sales in {currency} count, in the period by their issue date.</source>
        <translation>Учитываются продажи в {currency}; в период они попадают по дате выставления.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="666"/>
        <source>Revenue: the sum of the sales&apos; totals (by product or category: of their lines).</source>
        <translation>Выручка: сумма итогов продаж (по товару или категории — их строк).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="669"/>
        <source>Plan: the amounts set per manager and month in {currency}, for the months the period touches; plan done = revenue of the managers with a plan / plan.</source>
        <translation>План: суммы, заданные на менеджера и месяц в {currency}, за месяцы, которые затрагивает период; выполнение плана = выручка менеджеров с планом / план.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="673"/>
        <source>Deals opened: created in the period; won: closed won in the period.</source>
        <translation>Открыто сделок: созданные в периоде; выиграно: закрытые с выигрышем в периоде.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="676"/>
        <source>Last year: the same days one year earlier; change = (now - last year) / last year.</source>
        <translation>Прошлый год: те же дни годом ранее; изменение = (сейчас - прошлый год) / прошлый год.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="680"/>
        <source>Calls, meetings, e-mails: done events starting in the period; overdue events: starting in the period, still planned and past their due time.</source>
        <translation>Звонки, встречи, письма: выполненные события, начавшиеся в периоде; просроченные события: начинающиеся в периоде, всё ещё запланированные и с истёкшим сроком.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="684"/>
        <source>By month: claims registered and resolved in the month (UTC); open = registered by the month&apos;s end and neither resolved nor rejected by then.</source>
        <translation>По месяцам: претензии, зарегистрированные и решённые в месяце (UTC); открытые = зарегистрированные к концу месяца и к тому времени не решённые и не отклонённые.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="688"/>
        <source>By reason and department: claims dated in the period; share of all of them.</source>
        <translation>По причинам и отделам: претензии с датой в периоде; доля от всех них.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="691"/>
        <source>Satisfied = claims resolved or rejected rated 4 or 5 of 5 / those rated.</source>
        <translation>Удовлетворены = решённые или отклонённые претензии с оценкой 4 или 5 из 5 / претензии с оценкой.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="694"/>
        <source>Department: the one at fault, else the reason&apos;s.</source>
        <translation>Отдел: виновный отдел, иначе отдел по причине.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="697"/>
        <source>Most claims: {month} ({count}).</source>
        <translation>Больше всего претензий: {month} ({count}).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="698"/>
        <source>Overdue event: still planned and its due time has passed (claim tasks counted apart).</source>
        <translation>Просроченное событие: всё ещё запланировано, и его срок истёк (задачи по претензиям считаются отдельно).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="702"/>
        <source>Overdue claim task: a task of a claim&apos;s plan, still planned, past its due time.</source>
        <translation>Просроченная задача по претензии: задача плана претензии, всё ещё запланированная, с истёкшим сроком.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="705"/>
        <source>A candidate: a client whose last sale (invoice paid in full, in {currency}) was issued more than {days} days ago; past revenue = all their sales.</source>
        <translation>Кандидат — клиент, последняя продажа которому (полностью оплаченный счёт в {currency}) выставлена более {days} дн. назад; прошлая выручка = все его продажи.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="709"/>
        <source>The {limit} clients with the largest past revenue.</source>
        <translation>Клиенты с наибольшей прошлой выручкой (первые {limit}).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="712"/>
        <source>Revenue this month</source>
        <translation>Выручка за месяц</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="713"/>
        <source>Sales this month</source>
        <translation>Продажи за месяц</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="714"/>
        <source>Deals won this month</source>
        <translation>Выиграно сделок за месяц</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="715"/>
        <source>Win rate this month, %</source>
        <translation>Доля выигранных за месяц, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="716"/>
        <source>Plan done this month, %</source>
        <translation>Выполнение плана за месяц, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="717"/>
        <source>Overdue events</source>
        <translation>Просроченные события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="718"/>
        <source>Overdue orders</source>
        <translation>Просроченные заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="719"/>
        <source>Open claims</source>
        <translation>Открытые претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="720"/>
        <source>A claim in status {from_status} cannot become {to_status}</source>
        <translation>Претензию в статусе «{from_status}» нельзя перевести в «{to_status}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="722"/>
        <source>The claim is {status}: it cannot change any more</source>
        <translation>Претензия {status}: изменить её уже нельзя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="723"/>
        <source>Choose the result of the claim</source>
        <translation>Выберите результат рассмотрения претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="724"/>
        <source>Satisfaction is from 1 (not at all) to 5 (fully)</source>
        <translation>Удовлетворённость — от 1 (совсем нет) до 5 (полностью)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="726"/>
        <source>Say why the claim is rejected</source>
        <translation>Укажите, почему претензия отклонена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="727"/>
        <source>This file is not attached to the claim</source>
        <translation>Этот файл не приложен к претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="728"/>
        <source>Log a call, an e-mail, a meeting or a note</source>
        <translation>Зарегистрируйте звонок, письмо, встречу или заметку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="731"/>
        <source>No claim status {status}: use one of {known}</source>
        <translation>Нет статуса претензии {status}: используйте один из {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="733"/>
        <source>Every row of the list needs a name</source>
        <translation>У каждой строки списка должно быть название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="734"/>
        <source>Reason {name}: name its department</source>
        <translation>Причина {name}: укажите подразделение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="735"/>
        <source>{name} is in the list twice</source>
        <translation>{name} встречается в списке дважды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="736"/>
        <source>This is not a task of the claim&apos;s plan</source>
        <translation>Это не задача из плана по претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="737"/>
        <source>No client has the address {address}: register the claim by hand</source>
        <translation>Ни у одного клиента нет адреса {address}: зарегистрируйте претензию вручную</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="739"/>
        <source>The e-mail has neither a subject nor a text</source>
        <translation>В письме нет ни темы, ни текста</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="740"/>
        <source>The file has no column for: {columns}</source>
        <translation>В файле нет столбца для: {columns}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="742"/>
        <source>no client given</source>
        <translation>не указан клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="743"/>
        <source>no client {value}</source>
        <translation>нет клиента {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="744"/>
        <source>the essence of the claim is empty</source>
        <translation>суть претензии не заполнена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="745"/>
        <source>{value} is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>{value} — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="747"/>
        <source>no reason {value} in the list</source>
        <translation>в списке нет причины {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="748"/>
        <source>severity {value} is none of low, medium, high, critical</source>
        <translation>важность {value} — не одна из low, medium, high, critical</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="750"/>
        <source>the client has no order {value}</source>
        <translation>у клиента нет заказа {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="751"/>
        <source>the client has no invoice {value}</source>
        <translation>у клиента нет счёта {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="753"/>
        <source>no active user {value}</source>
        <translation>нет активного пользователя {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="754"/>
        <source>The rule file {path} was refused whole, nothing was imported: {problem}</source>
        <translation>Файл правил {path} отклонён целиком, ничего не импортировано: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="756"/>
        <source>Rule {rule}: {problem}</source>
        <translation>Правило «{rule}»: {problem}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="757"/>
        <source>Rules run on the desktop or the server, not {value}</source>
        <translation>Правила выполняются на компьютере или на сервере, а не «{value}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="759"/>
        <source>assigned to {user} ({how})</source>
        <translation>назначено: {user} ({how})</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="760"/>
        <source>deal &quot;{title}&quot; opened in {pipeline}, stage {stage}</source>
        <translation>открыта сделка «{title}» в воронке «{pipeline}», этап «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="762"/>
        <source>{kind} {number} made from {source}</source>
        <translation>{kind} {number}: создано из {source}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="763"/>
        <source>{type} &quot;{subject}&quot; for {user} on {when}</source>
        <translation>{type} «{subject}» для {user} на {when}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="764"/>
        <source>web hook {url} answered {status}</source>
        <translation>веб-хук {url} ответил {status}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="765"/>
        <source>e-mail &quot;{subject}&quot; queued for {to}</source>
        <translation>письмо «{subject}» поставлено в очередь для {to}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="766"/>
        <source>deal moved to {stage}</source>
        <translation>сделка переведена на этап «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="767"/>
        <source>{user} told: {text}</source>
        <translation>{user} получил сообщение: {text}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="768"/>
        <source>{field} set to {value}</source>
        <translation>{field}: установлено значение {value}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="769"/>
        <source>tag {tag} added</source>
        <translation>добавлен тег {tag}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="770"/>
        <source>task &quot;{subject}&quot; for {user}, due {due}</source>
        <translation>задача «{subject}» для {user}, срок {due}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="771"/>
        <source>tag {tag} removed</source>
        <translation>удалён тег {tag}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="772"/>
        <source>web hook {url} failed: {reason}</source>
        <translation>веб-хук {url} не выполнен: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="773"/>
        <source>web hook {url} not called: web hooks are off</source>
        <translation>веб-хук {url} не вызван: веб-хуки выключены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="775"/>
        <source>{client} has no e-mail address</source>
        <translation>У клиента {client} нет адреса e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="776"/>
        <source>the record has no client</source>
        <translation>у записи нет клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="777"/>
        <source>the deal has no quote to copy</source>
        <translation>в сделке нет коммерческого предложения для копирования</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="778"/>
        <source>letter {title} saved with {client}&apos;s files</source>
        <translation>письмо {title} сохранено в файлах клиента {client}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="780"/>
        <source>the pipeline {pipeline} has no stage {stage}</source>
        <translation>в воронке «{pipeline}» нет этапа «{stage}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="782"/>
        <source>no active user {login}</source>
        <translation>нет активного пользователя {login}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="783"/>
        <source>nobody to assign: every manager named is absent</source>
        <translation>некому назначить: все указанные менеджеры отсутствуют</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="785"/>
        <source>Rule {rule} is on {entity}s: pick one</source>
        <translation>Правило «{rule}» работает с записями типа «{entity}»: выберите одну</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="786"/>
        <source>No rule {rule}</source>
        <translation>Нет правила «{rule}»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="787"/>
        <source>stopped: a chain of rules reached the limit of {limit} (a rule&apos;s change firing another rule)</source>
        <translation>прервано: цепочка правил достигла предела {limit} (изменение одного правила запускает другое)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="790"/>
        <source>The template has an unclosed or stray brace: {reason}</source>
        <translation>В шаблоне есть незакрытая или лишняя фигурная скобка: {reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="792"/>
        <source>Unknown placeholder {{{name}}}; use one of: {known}</source>
        <translation>Неизвестная подстановка {{{name}}}; используйте одну из: {known}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="794"/>
        <source>{field} is not a field a stage can require</source>
        <translation>{field} — не поле, которое этап может требовать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="796"/>
        <source>No active user {login}: name one with --user LOGIN</source>
        <translation>Нет активного пользователя {login}: укажите его через --user LOGIN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="805"/>
        <source>edit clients</source>
        <translation>изменять контрагентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="806"/>
        <source>import clients</source>
        <translation>импортировать контрагентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="807"/>
        <source>merge clients</source>
        <translation>объединять контрагентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="808"/>
        <source>edit segments</source>
        <translation>изменять сегменты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="809"/>
        <source>edit events</source>
        <translation>изменять события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="810"/>
        <source>sell (quotes, invoices, payments)</source>
        <translation>продавать (коммерческие предложения, счета на оплату, оплаты)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="811"/>
        <source>approve prices below the minimum</source>
        <translation>согласовывать цены ниже минимальных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="812"/>
        <source>edit the catalogue</source>
        <translation>изменять каталог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="813"/>
        <source>change minimum prices</source>
        <translation>изменять минимальные цены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="814"/>
        <source>import price lists</source>
        <translation>импортировать прайс-листы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="815"/>
        <source>change a client&apos;s terms of sale</source>
        <translation>изменять условия продаж контрагента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="816"/>
        <source>change the company&apos;s requisites and settings</source>
        <translation>изменять реквизиты и настройки организации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="817"/>
        <source>set up the mail server</source>
        <translation>настраивать почтовый сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="818"/>
        <source>edit custom fields</source>
        <translation>изменять дополнительные поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="819"/>
        <source>manage users</source>
        <translation>управлять пользователями</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="820"/>
        <source>back up and restore the database</source>
        <translation>создавать и восстанавливать резервные копии базы данных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="821"/>
        <source>edit deals</source>
        <translation>изменять сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="822"/>
        <source>edit other salespeople&apos;s deals</source>
        <translation>изменять сделки других менеджеров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="823"/>
        <source>edit pipelines and their stages</source>
        <translation>изменять воронки и их этапы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="824"/>
        <source>read the change history</source>
        <translation>просматривать историю изменений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="825"/>
        <source>edit orders</source>
        <translation>изменять заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="826"/>
        <source>edit other salespeople&apos;s orders</source>
        <translation>изменять заказы других менеджеров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="827"/>
        <source>work on claims</source>
        <translation>работать с претензиями</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="828"/>
        <source>edit other salespeople&apos;s claims</source>
        <translation>изменять претензии других менеджеров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="829"/>
        <source>edit the claim reasons and results lists</source>
        <translation>изменять списки причин и результатов претензий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="830"/>
        <source>send mass mailings (campaigns)</source>
        <translation>отправлять массовые рассылки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="831"/>
        <source>edit the automation rules</source>
        <translation>изменять правила автоматизации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="839"/>
        <source>salesperson</source>
        <translation>продавец</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="840"/>
        <source>head of sales</source>
        <translation>руководитель отдела продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="841"/>
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
        <location filename="../../crm_desktop/ui/kit/labels.py" line="35"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="36"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="37"/>
        <source>E-mail</source>
        <translation>Эл. письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="38"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="39"/>
        <source>Planned interaction</source>
        <translation>Запланированное взаимодействие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="40"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="41"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="52"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="42"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="43"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="51"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="55"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="44"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="45"/>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="46"/>
        <source>Sent</source>
        <translation>Отправлен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="47"/>
        <source>Partially paid</source>
        <translation>Частично оплачен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="48"/>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="49"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="50"/>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="53"/>
        <source>Shipped</source>
        <translation>Отгружено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="54"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="56"/>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="57"/>
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="58"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="59"/>
        <source>Components</source>
        <translation>Комплектующие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="60"/>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="61"/>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="64"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="65"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="66"/>
        <source>Awaiting payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="67"/>
        <source>Ready to ship</source>
        <translation>Готов к отгрузке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="68"/>
        <source>Open deal</source>
        <translation>Сделка открыта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="69"/>
        <source>Won deal</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="70"/>
        <source>Lost deal</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="71"/>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="72"/>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="142"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="73"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="74"/>
        <source>Person</source>
        <translation>Физ. лицо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="75"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="76"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="77"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="78"/>
        <source>Inactive</source>
        <translation>Неактивный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="79"/>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="80"/>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="81"/>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="82"/>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="83"/>
        <source>other</source>
        <translation>другой</translation>
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
        <translation>Выбор из списка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="88"/>
        <source>Checkbox</source>
        <translation>Флажок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="106"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="107"/>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="108"/>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="109"/>
        <source>Cold call</source>
        <translation>Холодный звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="110"/>
        <source>Advertising</source>
        <translation>Реклама</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="111"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="112"/>
        <source>Repeat customer</source>
        <translation>Постоянный клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="113"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="143"/>
        <source>Commercial offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="144"/>
        <source>Payment reminder</source>
        <translation>Напоминание об оплате</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="167"/>
        <source>BIN/IIN</source>
        <translation>БИН/ИИН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="167"/>
        <source>VÖEN</source>
        <translation>VÖEN</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="168"/>
        <source>EDRPOU</source>
        <translation>ЕГРПОУ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="169"/>
        <source>RNOKPP</source>
        <translation>РНОКПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="169"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="170"/>
        <source>Register No.</source>
        <translation>Регистрационный №</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/kit/labels.py" line="173"/>
        <source>Tax ID</source>
        <translation>Налоговый номер</translation>
    </message>
</context>
<context>
    <name>mailing</name>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="13"/>
        <source>will get it</source>
        <translation>получит</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="14"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="15"/>
        <source>not delivered</source>
        <translation>не доставлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="16"/>
        <source>opted out</source>
        <translation>отписался</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="17"/>
        <source>bad address</source>
        <translation>неверный адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="18"/>
        <source>no e-mail address</source>
        <translation>нет адреса e-mail</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="19"/>
        <source>address shared with another client</source>
        <translation>адрес общий с другим клиентом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="25"/>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="26"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="31"/>
        <source>entered by hand</source>
        <translation>введено вручную</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="32"/>
        <source>replied to a letter</source>
        <translation>ответил на письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="33"/>
        <source>asked by phone</source>
        <translation>попросил по телефону</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="34"/>
        <source>unsubscribe link</source>
        <translation>ссылка отписки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/mailing/texts.py" line="40"/>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="909"/>
        <source>Something went wrong: {0}. Nothing was saved. Details are in the log file.</source>
        <translation>Произошла ошибка: {0}. Ничего не сохранено. Подробности — в журнале программы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/texts.py" line="18"/>
        <location filename="../../crm_desktop/ui/kit/errors.py" line="916"/>
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
<context>
    <name>reports</name>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="33"/>
        <source>Sales funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="34"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="61"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="35"/>
        <source>Manager benchmark</source>
        <translation>Сравнение менеджеров</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="36"/>
        <source>Won and lost</source>
        <translation>Выигранные и проигранные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="37"/>
        <source>Lead sources</source>
        <translation>Источники лидов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="38"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="152"/>
        <source>Claims</source>
        <translation>Претензии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="39"/>
        <source>Overdue work</source>
        <translation>Просроченные дела</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="40"/>
        <source>Reactivation candidates</source>
        <translation>Кандидаты на реактивацию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="47"/>
        <source>Conversion to won, %</source>
        <translation>Конверсия в выигрыш, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="49"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="50"/>
        <source>Entered</source>
        <translation>Вошло</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="51"/>
        <source>Conversion to next, %</source>
        <translation>Конверсия в следующий, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="52"/>
        <source>Median days in stage</source>
        <translation>Медиана дней на этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="53"/>
        <source>Lost here</source>
        <translation>Проиграно здесь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="54"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="109"/>
        <source>Period</source>
        <translation>Период</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="58"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="112"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="142"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="59"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="143"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="60"/>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="62"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="63"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="64"/>
        <source>Plan done, %</source>
        <translation>Выполнение плана, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="65"/>
        <source>Deals opened</source>
        <translation>Открыто сделок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="66"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="67"/>
        <source>Win rate, %</source>
        <translation>Доля выигранных, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="68"/>
        <source>Average check</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="69"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="70"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="71"/>
        <source>E-mails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="72"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="87"/>
        <source>Overdue events</source>
        <translation>Просроченные события</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="73"/>
        <source>Change, %</source>
        <translation>Изменение, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="74"/>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="75"/>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="76"/>
        <source>Lost amount</source>
        <translation>Сумма проигранных</translation>
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
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="79"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="80"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="137"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="81"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="82"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="83"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="84"/>
        <source>Satisfied, %</source>
        <translation>Удовлетворены, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="85"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="86"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="88"/>
        <source>Overdue orders</source>
        <translation>Просроченные заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="89"/>
        <source>Overdue claim tasks</source>
        <translation>Просроченные задачи по претензиям</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="90"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="102"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="91"/>
        <source>Last purchase</source>
        <translation>Последняя покупка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="92"/>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="117"/>
        <source>Days without a purchase</source>
        <translation>Дней без покупки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="93"/>
        <source>Past revenue</source>
        <translation>Прошлая выручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="94"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="95"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="96"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="97"/>
        <source>Opened, last year</source>
        <translation>Открыто в прошлом году</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="98"/>
        <source>Won, last year</source>
        <translation>Выиграно в прошлом году</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="99"/>
        <source>Win rate last year, %</source>
        <translation>Доля выигранных в прошлом году, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="100"/>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="101"/>
        <source>Stage lost at</source>
        <translation>Этап проигрыша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="110"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="111"/>
        <source>Manager or team</source>
        <translation>Менеджер или команда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="113"/>
        <source>Product or category</source>
        <translation>Товар или категория</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="115"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="116"/>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="124"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="125"/>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="126"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="127"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="128"/>
        <source>Custom</source>
        <translation>Произвольный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="135"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="136"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="138"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="150"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="151"/>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="153"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="154"/>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="155"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reports/texts.py" line="160"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
</context>
</TS>
