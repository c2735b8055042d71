<?php
AlibabaCloud::rpc()->product('Kms')->version('2016-01-20')->action('Decrypt')->request();
