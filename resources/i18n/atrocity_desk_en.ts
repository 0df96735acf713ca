<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>FactorTreeModel</name>
    <message numerus="yes">
        <source>{answered} of %n answered</source>
        <translation>
            <numerusform>{answered} of %n answered</numerusform>
            <numerusform>{answered} of %n answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message numerus="yes">
        <source>%n finding(s) of the evidence base depend on this factor. Each holds only under the conditions shown; the studies are mostly correlational.</source>
        <translation>
            <numerusform>%n finding of the evidence base depends on this factor. It holds only under the conditions shown; the studies are mostly correlational.</numerusform>
            <numerusform>%n findings of the evidence base depend on this factor. Each holds only under the conditions shown; the studies are mostly correlational.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>{answered} of %n answered</source>
        <translation>
            <numerusform>{answered} of %n answered</numerusform>
            <numerusform>{answered} of %n answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>A passphrase needs at least %n character.</numerusform>
            <numerusform>A passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisionsPage</name>
    <message numerus="yes">
        <source>%n judgment(s) changed</source>
        <translation>
            <numerusform>%n judgment changed</numerusform>
            <numerusform>%n judgments changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) changed</source>
        <translation>
            <numerusform>%n decision changed</numerusform>
            <numerusform>%n decisions changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message numerus="yes">
        <source>{shown} of %n tools shown</source>
        <translation>
            <numerusform>{shown} of %n tool shown</numerusform>
            <numerusform>{shown} of %n tools shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message numerus="yes">
        <source>Tries left: %n.</source>
        <translation>
            <numerusform>Tries left: %n.</numerusform>
            <numerusform>Tries left: %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
