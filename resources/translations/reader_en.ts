<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message numerus="yes">
        <source>%n highlight(s) are on words your copy does not have.</source>
        <translation>
            <numerusform>%n highlight is on words your copy does not have.</numerusform>
            <numerusform>%n highlights are on words your copy does not have.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) deleted in the last 30 days.</source>
        <translation>
            <numerusform>%n highlight deleted in the last 30 days.</numerusform>
            <numerusform>%n highlights deleted in the last 30 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n highlight(s)</source>
        <translation>
            <numerusform>{shown} of %n highlight</numerusform>
            <numerusform>{shown} of %n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in this version</source>
        <translation>
            <numerusform>%n not found in this version</numerusform>
            <numerusform>%n not found in this version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) moved,</source>
        <translation>
            <numerusform>%n highlight moved,</numerusform>
            <numerusform>%n highlights moved,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (listed at the end of the Annotations panel).</source>
        <translation>
            <numerusform>%n not found (listed at the end of the Annotations panel).</numerusform>
            <numerusform>%n not found (listed at the end of the Annotations panel).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct, hidden in the text</source>
        <translation>
            <numerusform>%n distinct, hidden in the text</numerusform>
            <numerusform>%n distinct, hidden in the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct</source>
        <translation>
            <numerusform>%n distinct</numerusform>
            <numerusform>%n distinct</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions.</source>
        <translation>
            <numerusform>%n mention.</numerusform>
            <numerusform>%n mentions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added to the library.</source>
        <translation>
            <numerusform>%n document added to the library.</numerusform>
            <numerusform>%n documents added to the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left in chapter</source>
        <translation>
            <numerusform>%n min left in chapter</numerusform>
            <numerusform>%n min left in chapter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left in book</source>
        <translation>
            <numerusform>%n min left in book</numerusform>
            <numerusform>%n min left in book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n mention(s)</source>
        <translation>
            <numerusform>{name}: %n mention</numerusform>
            <numerusform>{name}: %n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tags into:</source>
        <translation>
            <numerusform>Merge %n tag into:</numerusform>
            <numerusform>Merge %n tags into:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n already present</numerusform>
            <numerusform>%n already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in this text</source>
        <translation>
            <numerusform>%n not found in this text</numerusform>
            <numerusform>%n not found in this text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bringing the Index up to date… {done} of %n document(s)</source>
        <translation>
            <numerusform>Bringing the Index up to date… {done} of %n document</numerusform>
            <numerusform>Bringing the Index up to date… {done} of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Entries into “{name}”</source>
        <translation>
            <numerusform>Merge %n Entry into “{name}”</numerusform>
            <numerusform>Merge %n Entries into “{name}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{saved} of %n annotation(s)</source>
        <translation>
            <numerusform>{saved} of %n annotation</numerusform>
            <numerusform>{saved} of %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The library {path} is damaged: the check found %n problem(s).</source>
        <translation>
            <numerusform>The library {path} is damaged: the check found %n problem.</numerusform>
            <numerusform>The library {path} is damaged: the check found %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} has %n highlight(s) or note(s) made in another viewer. Import them as your own annotations?</source>
        <translation>
            <numerusform>{title} has %n highlight or note made in another viewer. Import it as your own annotation?</numerusform>
            <numerusform>{title} has %n highlights or notes made in another viewer. Import them as your own annotations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) imported from the PDF</source>
        <translation>
            <numerusform>%n annotation imported from the PDF</numerusform>
            <numerusform>%n annotations imported from the PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n over no text left out</source>
        <translation>
            <numerusform>; %n over no text left out</numerusform>
            <numerusform>; %n over no text left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n daily backup(s)</source>
        <translation>
            <numerusform>%n daily backup</numerusform>
            <numerusform>%n daily backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly backup(s)</source>
        <translation>
            <numerusform>%n weekly backup</numerusform>
            <numerusform>%n weekly backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{tag}”: %n highlight(s)</source>
        <translation>
            <numerusform>“{tag}”: %n highlight</numerusform>
            <numerusform>“{tag}”: %n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n highlight(s) for good?</source>
        <translation>
            <numerusform>Delete %n highlight for good?</numerusform>
            <numerusform>Delete %n highlights for good?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) deleted for good.</source>
        <translation>
            <numerusform>%n highlight deleted for good.</numerusform>
            <numerusform>%n highlights deleted for good.</numerusform>
        </translation>
    </message>
</context>
</TS>
